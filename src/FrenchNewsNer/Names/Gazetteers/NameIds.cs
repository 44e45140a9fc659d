namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>
/// The public ids the gazetteers know ("geonames:2988507", "iso3166:KP", "iso3166-2:RU-PRI", a user's
/// own "crm:1234"), by kind and canonical name: the canonical a recogniser gives a mention is the key
/// (<see cref="Find"/>), so an id needs no extra field on the recognisers' candidates. User ids override
/// built-in ones. Frozen after construction; shared by every extractor and thread.
/// </summary>
internal sealed class NameIds
{
    private readonly IReadOnlyDictionary<string, string> _places;
    private readonly IReadOnlyDictionary<string, string> _organizations;
    private readonly IReadOnlyDictionary<string, string> _persons;
    private readonly Dictionary<string, string>?[] _user;
    private readonly HashSet<string>?[] _userCanonicals;

    private NameIds(IReadOnlyDictionary<string, string> places, IReadOnlyDictionary<string, string> organizations, IReadOnlyDictionary<string, string> persons, Dictionary<string, string>?[] user, HashSet<string>?[] userCanonicals)
    {
        _places = places;
        _organizations = organizations;
        _persons = persons;
        _user = user;
        _userCanonicals = userCanonicals;
    }

    /// <summary>No ids at all.</summary>
    public static NameIds Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>?[3], new HashSet<string>?[3]);

    /// <summary>The built-in ids: places by their canonical name, organisations and persons by theirs.</summary>
    public static NameIds BuiltIn(IReadOnlyDictionary<string, string> places, IReadOnlyDictionary<string, string> organizations, IReadOnlyDictionary<string, string> persons) =>
        new(places, organizations, persons, new Dictionary<string, string>?[3], new HashSet<string>?[3]);

    /// <summary>These ids with the user's entries over them (an entry without an id hides no built-in id).</summary>
    public NameIds WithUserEntries(IEnumerable<GazetteerEntry> entries)
    {
        var user = new Dictionary<string, string>?[3];
        var canonicals = new HashSet<string>?[3];
        foreach (var entry in entries)
        {
            var slot = Slot(entry.Kind);
            if (slot < 0)
            {
                continue;
            }

            if (entry.Id is { } id)
            {
                (user[slot] ??= new Dictionary<string, string>(StringComparer.Ordinal))[entry.Canonical ?? entry.Name] = id;
            }

            if (entry.Canonical is { } canonical)
            {
                (canonicals[slot] ??= new HashSet<string>(StringComparer.Ordinal)).Add(canonical);
            }
        }

        return new NameIds(_places, _organizations, _persons, user, canonicals);
    }

    /// <summary>
    /// Whether the user gave <paramref name="canonical"/> as the canonical of some entry of <paramref name="kind"/>:
    /// a name the user chose, which the mentions keep even when the document never writes it.
    /// </summary>
    public bool IsUserCanonical(EntityKind kind, string canonical) =>
        Slot(kind) is var slot and >= 0 && _userCanonicals[slot] is { } set && set.Contains(canonical);

    /// <summary>The id of the <paramref name="kind"/> named <paramref name="canonical"/> (as the gazetteers write it), or null.</summary>
    public string? Find(EntityKind kind, string canonical)
    {
        var slot = Slot(kind);
        if (slot < 0)
        {
            return null;
        }

        if (_user[slot] is { } user && user.TryGetValue(canonical, out var id))
        {
            return id;
        }

        var table = slot switch
        {
            0 => _persons,
            1 => _organizations,
            _ => _places,
        };
        return table.TryGetValue(canonical, out id) ? id : null;
    }

    /// <summary>
    /// Whether <paramref name="id"/> has the shape of an id: a scheme of ASCII letters, digits, '-' or '.',
    /// a colon, then a value without white space ("geonames:2988507", "wikidata:Q7747", "crm:A-12").
    /// </summary>
    public static bool IsWellFormed(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1 || !char.IsAsciiLetter(id[0]))
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(id[i]) && id[i] != '-' && id[i] != '.')
            {
                return false;
            }
        }

        for (var i = colon + 1; i < id.Length; i++)
        {
            if (char.IsWhiteSpace(id[i]) || char.IsControl(id[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Slot(EntityKind kind) => kind switch
    {
        EntityKind.Person => 0,
        EntityKind.Organization => 1,
        EntityKind.Location => 2,
        _ => -1,
    };
}

/// <summary>
/// Collects the place ids while the places are read: for each canonical name, the id of its best sense
/// in the order senses are preferred (user and curated first, then by type, then by population), so
/// "Paris" is the French capital's GeoNames id and "Géorgie" the country's ISO code.
/// </summary>
internal sealed class PlaceIdCollector
{
    private readonly Dictionary<string, PlaceSense> _best = new(StringComparer.Ordinal);

    /// <summary>Considers every sense of a finished place entry.</summary>
    public void Add(PlaceEntry entry)
    {
        foreach (var sense in entry.Senses)
        {
            if (sense.Id is null)
            {
                continue;
            }

            if (!_best.TryGetValue(sense.Canonical, out var best) || Better(sense, best))
            {
                _best[sense.Canonical] = sense;
            }
        }
    }

    /// <summary>The ids by canonical name.</summary>
    public Dictionary<string, string> ToDictionary()
    {
        var ids = new Dictionary<string, string>(_best.Count, StringComparer.Ordinal);
        foreach (var (canonical, sense) in _best)
        {
            ids[canonical] = sense.Id!;
        }

        return ids;
    }

    private static bool Better(PlaceSense a, PlaceSense b)
    {
        if (a.Source != b.Source)
        {
            return a.Source > b.Source;
        }

        if (a.Type != b.Type)
        {
            return a.Type < b.Type;
        }

        return a.Population > b.Population;
    }
}
