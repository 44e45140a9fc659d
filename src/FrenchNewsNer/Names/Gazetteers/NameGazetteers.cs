using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>A gazetteer name found in a document.</summary>
/// <param name="Kind">Person, Organization or Location.</param>
/// <param name="TokenCount">How many tokens the name covers, from the token it was looked up at.</param>
/// <param name="Canonical">The canonical name.</param>
/// <param name="Source">Where the name came from.</param>
/// <param name="Place">The place senses, for a built-in place.</param>
/// <param name="Organization">The organisation, for a built-in organisation.</param>
/// <param name="Person">The person, for a built-in person.</param>
internal readonly record struct NameMatch(
    EntityKind Kind,
    int TokenCount,
    string Canonical,
    GazetteerSource Source,
    PlaceEntry? Place = null,
    OrganizationInfo? Organization = null,
    PersonInfo? Person = null);

/// <summary>Which of the indexes a name starting at a token may be in (see <see cref="NameGazetteers.IndexesStartingAt"/>).</summary>
[Flags]
internal enum NameIndexes : byte
{
    /// <summary>None: no name, title or designator starts with the token.</summary>
    None = 0,

    /// <summary>The user names, persons, organisations or places.</summary>
    Names = 1 << 0,

    /// <summary>The person titles.</summary>
    Titles = 1 << 1,

    /// <summary>The designators.</summary>
    Designators = 1 << 2,

    /// <summary>Any of them.</summary>
    All = Names | Titles | Designators,
}

/// <summary>
/// Every gazetteer the names recognisers use: places, organisations, persons, first names, surnames,
/// demonyms, common words, person titles and designators, read from the embedded Data/names files.
/// Each table is read on first use, once, thread-safely (<see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>),
/// and frozen afterwards, so one instance serves every extractor and thread. A malformed embedded file makes
/// that table throw <see cref="DataFormatException"/> on every access; nothing half-loaded is used.
/// User entries (<see cref="WithUserEntries"/>) are layered over the built-in tables without copying them.
/// </summary>
internal sealed class NameGazetteers
{
    private static readonly Lazy<NameGazetteers> BuiltInInstance = new(CreateBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<IdentifiedNames<PlaceEntry>> _places;
    private readonly Lazy<IdentifiedNames<OrganizationInfo>> _organizations;
    private readonly Lazy<IdentifiedNames<PersonInfo>> _persons;
    private readonly Lazy<FirstNameTable> _firstNames;
    private readonly Lazy<FoldedKeySet> _surnames;
    private readonly Lazy<FoldedMap<Demonym>> _demonyms;
    private readonly Lazy<FoldedWordSet> _commonWords;
    private readonly Lazy<NameIndex<TitleInfo>> _titles;
    private readonly Lazy<NameIndex<DesignatorInfo>> _designators;

    // The first tokens in lower case that can start a name, title or designator (a few hundred), with the indexes
    // holding such names: most tokens of a text are lower-case words that start none, and one probe of this small
    // map spares them a probe of each index.
    private readonly Lazy<FoldedMap<NameIndexes>> _lowerCaseStarts;

    // The ids of the built-in names with the user's over them; built on first use from the three tables above.
    private readonly Lazy<NameIds> _ids;

    private NameGazetteers(
        Lazy<IdentifiedNames<PlaceEntry>> places,
        Lazy<IdentifiedNames<OrganizationInfo>> organizations,
        Lazy<IdentifiedNames<PersonInfo>> persons,
        Lazy<FirstNameTable> firstNames,
        Lazy<FoldedKeySet> surnames,
        Lazy<FoldedMap<Demonym>> demonyms,
        Lazy<FoldedWordSet> commonWords,
        Lazy<NameIndex<TitleInfo>> titles,
        Lazy<NameIndex<DesignatorInfo>> designators,
        NameIndex<GazetteerEntry> userNames,
        IReadOnlyList<GazetteerEntry> userEntries)
    {
        _places = places;
        _organizations = organizations;
        _persons = persons;
        _firstNames = firstNames;
        _surnames = surnames;
        _demonyms = demonyms;
        _commonWords = commonWords;
        _titles = titles;
        _designators = designators;
        UserNames = userNames;
        _lowerCaseStarts = new(ReadLowerCaseStarts, LazyThreadSafetyMode.ExecutionAndPublication);
        _ids = new(
            () => NameIds.BuiltIn(_places.Value.Ids, _organizations.Value.Ids, _persons.Value.Ids).WithUserEntries(userEntries),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The gazetteers embedded in the package, shared by every extractor.</summary>
    public static NameGazetteers BuiltIn => BuiltInInstance.Value;

    /// <summary>Places: countries, territories, regions, cities (GeoNames, CLDR) and the curated places over them.</summary>
    public NameIndex<PlaceEntry> Places => _places.Value.Index;

    /// <summary>Organisations of the curated list, by canonical name, acronym and alias.</summary>
    public NameIndex<OrganizationInfo> Organizations => _organizations.Value.Index;

    /// <summary>Persons of the curated list, by canonical name and alias.</summary>
    public NameIndex<PersonInfo> Persons => _persons.Value.Index;

    /// <summary>The ids of the names (GeoNames, ISO 3166, the id columns, the user's entries), by kind and canonical name.</summary>
    public NameIds Ids => _ids.Value;

    /// <summary>First names (hunspell-fr, npm gender-detection-from-name) with their gender, by folded form.</summary>
    public FirstNameTable FirstNames => _firstNames.Value;

    /// <summary>Known surnames (hunspell-fr), by folded form.</summary>
    public FoldedKeySet Surnames => _surnames.Value;

    /// <summary>Demonym forms ("nord-coréennes"), by folded form: evidence, not entities.</summary>
    public FoldedMap<Demonym> Demonyms => _demonyms.Value;

    /// <summary>Common French words (hunspell-fr without proper nouns), by folded form.</summary>
    public FoldedWordSet CommonWords => _commonWords.Value;

    /// <summary>Person titles and role cues ("M.", "le ministre", "porte-parole").</summary>
    public NameIndex<TitleInfo> Titles => _titles.Value;

    /// <summary>Place and organisation designators ("cosmodrome", "base aérienne", "agence").</summary>
    public NameIndex<DesignatorInfo> Designators => _designators.Value;

    /// <summary>The user's entries; they override built-in names with the same tokens.</summary>
    public NameIndex<GazetteerEntry> UserNames { get; }

    /// <summary>
    /// These gazetteers with <paramref name="entries"/> over them: a user name hides every built-in name of
    /// exactly the same tokens (whatever its kind) and takes its place. The built-in tables are shared, not
    /// copied; a later entry for the same name replaces an earlier one.
    /// </summary>
    public NameGazetteers WithUserEntries(IEnumerable<GazetteerEntry> entries)
    {
        var builder = new NameIndex<GazetteerEntry>.Builder(strictAcronyms: false);
        var list = new List<GazetteerEntry>();
        foreach (var entry in entries)
        {
            builder.Add(entry.Name, entry);
            list.Add(entry);
        }

        return new NameGazetteers(_places, _organizations, _persons, _firstNames, _surnames, _demonyms, _commonWords, _titles, _designators, builder.Build(), list);
    }

    /// <summary>
    /// Reads every table now (an extractor's build does this so its first call is not slow). The tables are
    /// independent, and the places (31,000 rows, tokenised and indexed) take longer than all the others
    /// together: this thread reads them while the others load on the thread pool, so on two cores the wait
    /// is about the places alone. A malformed table throws its <see cref="DataFormatException"/> here, as it
    /// would on first use.
    /// </summary>
    public void LoadAll()
    {
        var background = Task.Run(() =>
        {
            _ = _commonWords.Value;
            _ = _firstNames.Value;
            _ = _surnames.Value;
            _ = _demonyms.Value;
            _ = _organizations.Value;
            _ = _persons.Value;
            _ = _titles.Value;
            _ = _designators.Value;
        });
        try
        {
            _ = _places.Value;
        }
        finally
        {
            // Never leave the background load running unobserved, even when the places failed.
            try
            {
                background.Wait();
            }
            catch (AggregateException)
            {
                // The failed table's Lazy holds the exception; reading it below rethrows it unwrapped.
            }
        }

        // Rethrows a failure of the background tables as itself, not wrapped (Lazy caches it).
        _ = _lowerCaseStarts.Value;
        _ = _ids.Value;
        _ = _commonWords.Value;
        _ = _firstNames.Value;
        _ = _surnames.Value;
        _ = _demonyms.Value;
        _ = _organizations.Value;
        _ = _persons.Value;
        _ = _titles.Value;
        _ = _designators.Value;
    }

    /// <summary>
    /// Which indexes may hold a name, title or designator starting at token <paramref name="index"/>: all of
    /// them for a capitalised token or one in capitals; for a token in lower case only those listing a name whose
    /// first token may be in lower case (<see cref="NameIndex{T}.LowerCaseFirstTokens"/>), so a probe of the
    /// others would find nothing.
    /// </summary>
    public NameIndexes IndexesStartingAt(Document document, int index) =>
        (document.Tokens[index].Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) != 0
            ? NameIndexes.All
            : _lowerCaseStarts.Value.TryGetValue(document.FoldedOf(index), document.HashOf(index), out var indexes) ? indexes : NameIndexes.None;

    private FoldedMap<NameIndexes> ReadLowerCaseStarts()
    {
        var starts = new Dictionary<string, NameIndexes>(StringComparer.Ordinal);
        Add(UserNames.LowerCaseFirstTokens, NameIndexes.Names);
        Add(Persons.LowerCaseFirstTokens, NameIndexes.Names);
        Add(Organizations.LowerCaseFirstTokens, NameIndexes.Names);
        Add(Places.LowerCaseFirstTokens, NameIndexes.Names);
        Add(Titles.LowerCaseFirstTokens, NameIndexes.Titles);
        Add(Designators.LowerCaseFirstTokens, NameIndexes.Designators);
        return FoldedMap<NameIndexes>.FromFolded(starts);

        void Add(IReadOnlyList<string> firstTokens, NameIndexes indexes)
        {
            foreach (var token in firstTokens)
            {
                starts[token] = starts.GetValueOrDefault(token) | indexes;
            }
        }
    }

    /// <summary>Whether a folded token is a known first name, surname, or one-word person, organisation or place name.</summary>
    public bool IsKnownName(ReadOnlySpan<char> folded) =>
        FirstNames.ContainsKey(folded) || Surnames.Contains(folded) || Persons.ContainsSingleToken(folded)
        || Organizations.ContainsSingleToken(folded) || Places.ContainsSingleToken(folded) || UserNames.ContainsSingleToken(folded);

    /// <summary>
    /// Every name starting at token <paramref name="index"/>: user names, then built-in persons, organisations
    /// and places of every length. A built-in name is left out when a user name covers exactly its tokens.
    /// </summary>
    public void MatchAll(Document document, int index, List<NameMatch> output)
    {
        if ((uint)index >= (uint)document.Tokens.Length)
        {
            return;
        }

        // The token is looked up in four indexes with the hash the tokenizer computed.
        MatchAll(document, index, document.HashOf(index), output);
    }

    /// <summary>
    /// <see cref="MatchAll(Document, int, List{NameMatch})"/> with the <see cref="FoldedHash.Of"/> of token
    /// <paramref name="index"/>'s folded form already computed (the recogniser looks the token up in more indexes).
    /// </summary>
    public void MatchAll(Document document, int index, int hash, List<NameMatch> output)
    {
        if ((uint)index >= (uint)document.Tokens.Length)
        {
            return;
        }

        var userCount = 0;
        var count = 0;
        GazetteerEntry entry = null!;
        if (UserNames.Count > 0 && UserNames.TryMatch(document, index, hash, out count, out entry))
        {
            userCount = count;
            output.Add(new NameMatch(entry.Kind, count, entry.Canonical ?? entry.Name, GazetteerSource.User));
        }

        if (Persons.TryMatch(document, index, hash, out count, out var person) && !HiddenByUser(document, index, count, userCount))
        {
            output.Add(new NameMatch(EntityKind.Person, count, person.Canonical, person.Source, Person: person));
        }

        if (Organizations.TryMatch(document, index, hash, out count, out var organization) && !HiddenByUser(document, index, count, userCount))
        {
            output.Add(new NameMatch(EntityKind.Organization, count, organization.Canonical, organization.Source, Organization: organization));
        }

        if (Places.TryMatch(document, index, hash, out count, out var place) && !HiddenByUser(document, index, count, userCount))
        {
            output.Add(new NameMatch(EntityKind.Location, count, place.Primary.Canonical, place.Primary.Source, Place: place));
        }
    }

    /// <summary>
    /// The best name at token <paramref name="index"/>: the longest; at equal length a user name, then a
    /// curated one before a generated one, then person, organisation, place.
    /// </summary>
    public bool TryMatchName(Document document, int index, out NameMatch match)
    {
        var found = new List<NameMatch>(4);
        MatchAll(document, index, found);
        match = default;
        var best = -1;
        for (var i = 0; i < found.Count; i++)
        {
            if (best < 0 || found[i].TokenCount > found[best].TokenCount
                || (found[i].TokenCount == found[best].TokenCount && found[i].Source > found[best].Source))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return false;
        }

        match = found[best];
        return true;
    }

    private bool HiddenByUser(Document document, int index, int count, int userCount) =>
        UserNames.Count > 0 && (count == userCount || UserNames.TryMatchExact(document, index, count, out _));

    /// <summary>A fresh set of the embedded tables, none read yet (<see cref="BuiltIn"/> is the shared one; tests load a fresh one).</summary>
    internal static NameGazetteers CreateBuiltIn()
    {
        const LazyThreadSafetyMode Mode = LazyThreadSafetyMode.ExecutionAndPublication;
        return new NameGazetteers(
            new(() =>
            {
                using var generated = EmbeddedData.OpenText(GazetteerFiles.PlacesPath);
                using var curated = EmbeddedData.OpenText(GazetteerFiles.PlacesExtraPath);
                var ids = new PlaceIdCollector();
                var index = GazetteerFiles.ReadPlaces(generated, Source(GazetteerFiles.PlacesPath), curated, Source(GazetteerFiles.PlacesExtraPath), ids);
                return new IdentifiedNames<PlaceEntry>(index, ids.ToDictionary());
            }, Mode),
            new(() => ReadIdentified<OrganizationInfo>(GazetteerFiles.OrganizationsPath, GazetteerFiles.ReadOrganizations), Mode),
            new(() => ReadIdentified<PersonInfo>(GazetteerFiles.PersonsPath, GazetteerFiles.ReadPersons), Mode),
            new(() =>
            {
                using var stream = EmbeddedData.OpenStream(GazetteerFiles.FirstNamesPath);
                return FirstNameTable.Read(stream, Source(GazetteerFiles.FirstNamesPath));
            }, Mode),
            new(() => Read(GazetteerFiles.SurnamesPath, GazetteerFiles.ReadNameList), Mode),
            new(() => Read(GazetteerFiles.DemonymsPath, GazetteerFiles.ReadDemonyms), Mode),
            new(() =>
            {
                // The word list is read as UTF-8 bytes: decoding 5 MB to UTF-16 would double time and memory.
                using var stream = EmbeddedData.OpenStream(GazetteerFiles.CommonWordsPath);
                return FoldedWordSet.Read(stream, Source(GazetteerFiles.CommonWordsPath));
            }, Mode),
            new(() => Read(GazetteerFiles.TitlesPath, GazetteerFiles.ReadTitles), Mode),
            new(() => Read(GazetteerFiles.DesignatorsPath, GazetteerFiles.ReadDesignators), Mode),
            NameIndex<GazetteerEntry>.Empty,
            []);
    }

    private static IdentifiedNames<T> ReadIdentified<T>(string path, Func<TextReader, string, Dictionary<string, string>?, NameIndex<T>> parse)
        where T : class
    {
        using var reader = EmbeddedData.OpenText(path);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = parse(reader, Source(path), ids);
        return new IdentifiedNames<T>(index, ids);
    }

    private static TTable Read<TTable>(string path, Func<TextReader, string, TTable> parse)
    {
        using var reader = EmbeddedData.OpenText(path);
        return parse(reader, Source(path));
    }

    private static string Source(string path) => "Data/" + path;
}

/// <summary>A name table and the ids of its names by canonical name.</summary>
/// <typeparam name="T">The table's payload.</typeparam>
/// <param name="Index">The names.</param>
/// <param name="Ids">Their ids by canonical name.</param>
internal sealed record IdentifiedNames<T>(NameIndex<T> Index, IReadOnlyDictionary<string, string> Ids)
    where T : class;
