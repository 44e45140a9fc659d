using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Gifts;

/// <summary>
/// A giver or recipient read from text: the canonical name it refers to (null when a description could
/// not be resolved), the characters it was read from, and whether it is relative to the clause's other
/// party ("son homologue", "de lui"), to be resolved once that party is known.
/// </summary>
/// <param name="Name">The canonical Person, Organization or Location name, or null.</param>
/// <param name="Start">The first character of the words the party was read from.</param>
/// <param name="End">The character after them.</param>
/// <param name="Counterpart">Whether the party is "the other one" of a meeting.</param>
internal readonly record struct GiftActor(string? Name, int Start, int End, bool Counterpart = false)
{
    /// <summary>Whether the party was read from a description or a pronoun rather than a name.</summary>
    public bool Described { get; init; }

    /// <summary>The words the party was read from.</summary>
    public TextSpan Mention => new(Start, End);
}

/// <summary>
/// Reads the givers and recipients of one document, as a newsroom reader would: a name (person,
/// organisation, country or city, after an article or a civility: "l'Ukraine", "Mme Merkel"), a place
/// after a designator ("la ville de Washington"), or a description resolved against the document —
/// "le président chinois" to the person introduced with that role and nationality ("le président chinois
/// Xi Jinping", "Xi Jinping, le président chinois") or, failing that, to a person named in the document
/// whom the names data knows with that role and nationality; "son homologue", "son hôte", "lui" to the
/// other party. Made per document at its first gift; the role links are found on the first description.
/// </summary>
internal sealed class GiftPartyReader
{
    // How far a role's qualifiers may run before the name: "le ministre russe de l'Ecologie Alexandre Kozlov".
    private const int MaxQualifiers = 8;

    // How far back the last compatible person may stand, in tokens.
    private const int Lookback = 250;

    private static readonly FoldedKeySet Articles = FoldedKeySet.Of("le", "la", "l'", "les", "du", "au", "aux");
    private static readonly FoldedKeySet Possessives = FoldedKeySet.Of("son", "sa", "ses", "leur", "leurs");
    private static readonly FoldedKeySet RolePrefixes = FoldedKeySet.Of("nouveau", "nouvelle", "ancien", "ancienne", "actuel", "actuelle", "futur", "future", "jeune");
    private static readonly FoldedKeySet QualifierLinks = FoldedKeySet.Of("de", "d'", "du", "des", "la", "l'", "le");
    private static readonly FoldedKeySet ObjectPronouns = FoldedKeySet.Of("lui", "elle", "eux", "elles");

    private static readonly RoleDescription AnyRole = new(RoleDescriptionKind.Role, null, NameGender.None);

    private readonly EntityTokenView _view;
    private readonly GiftPartyWords _words;
    private readonly FoldedKeySet _roleNouns;
    private readonly NameGazetteers _names;
    private List<(string Role, string? Country, string Person, int Position)>? _links;
    private Dictionary<string, PersonInfo?>? _known;

    public GiftPartyReader(EntityTokenView view, GiftPartyWords words, FoldedKeySet roleNouns, NameGazetteers names)
    {
        _view = view;
        _words = words;
        _roleNouns = roleNouns;
        _names = names;
    }

    /// <summary>Whether a party's words start at <paramref name="index"/> (without resolving a description).</summary>
    public bool StartsParty(int index, int limit) => TryRead(index, limit, resolve: false, out _, out _);

    /// <summary>
    /// Reads a party at <paramref name="index"/> (an article or possessive first, if any); false when none
    /// starts there. A description that cannot be resolved is read (its words skipped) with a null name.
    /// </summary>
    public bool TryRead(int index, int limit, out GiftActor actor, out int after) => TryRead(index, limit, resolve: true, out actor, out after);

    private bool TryRead(int index, int limit, bool resolve, out GiftActor actor, out int after)
    {
        actor = default;
        after = index;
        var view = _view;
        limit = Math.Min(limit, view.Count);
        var i = index;
        if (i >= limit || !view.Tokens[i].IsWord)
        {
            return false;
        }

        if (Articles.Contains(view.Folded(i)) || Possessives.Contains(view.Folded(i)))
        {
            i++;
        }
        else if (i == index && ObjectPronouns.Contains(view.Folded(i)) && !view.Tokens[i].Has(TokenFlags.Capitalized))
        {
            // "de lui", "par elle": the other party, known once the clause is read.
            after = i + 1;
            actor = new GiftActor(resolve ? LastPersonBefore(i, exclude: null) : null, view.Tokens[i].Start, view.Tokens[i].End, Counterpart: true) { Described = true };
            return true;
        }

        if (i < limit && view.Tokens[i].IsWord && _words.Civilities.Contains(view.Folded(i)))
        {
            var name = view.IsChar(i + 1, '.') ? i + 2 : i + 1;
            if (view.EntityAt(name) is { Kind: EntityKind.Person })
            {
                i = name;
            }
        }

        if (StartsName(i, out var entity))
        {
            after = view.AfterEntity(i);
            actor = new GiftActor(entity.Canonical, entity.Start, entity.End);
            return true;
        }

        // "la ville de Washington", "le gouvernement du Japon".
        if (i < limit && view.Tokens[i].IsWord && _words.Designators.Contains(view.Folded(i)))
        {
            var j = i + 1;
            if (view.IsWord(j, "de") || view.IsWord(j, "d'") || view.IsWord(j, "du"))
            {
                j++;
                if (view.IsWord(j, "la") || view.IsWord(j, "l'"))
                {
                    j++;
                }

                if (j < limit && StartsName(j, out var named))
                {
                    after = view.AfterEntity(j);
                    actor = new GiftActor(named.Canonical, named.Start, named.End);
                    return true;
                }
            }
        }

        return TryReadDescription(index, i, limit, resolve, out actor, out after);
    }

    // "le Premier ministre japonais", "son homologue ukrainien Roustem Oumerov", "la chancelière".
    private bool TryReadDescription(int index, int i, int limit, bool resolve, out GiftActor actor, out int after)
    {
        actor = default;
        after = index;
        var view = _view;
        if (i < limit && view.Tokens[i].IsWord && RolePrefixes.Contains(view.Folded(i)))
        {
            i++;
        }

        if (!TryMatchRole(i, limit, out var roleEnd, out var description))
        {
            return false;
        }

        var end = ReadQualifiers(roleEnd, limit, out var country, out var named);
        if (named is not null)
        {
            // The description introduces the name: the name is the party.
            after = end;
            actor = new GiftActor(named.Canonical, named.Start, named.End);
            return true;
        }

        after = end;
        var start = view.Tokens[i].Start;
        var stop = view.Tokens[end - 1].End;
        if (!resolve)
        {
            return true;
        }

        if (description.Kind == RoleDescriptionKind.Counterpart)
        {
            actor = new GiftActor(LastPersonBefore(index, exclude: null), start, stop, Counterpart: true) { Described = true };
            return true;
        }

        actor = new GiftActor(ResolveRole(RoleKey(i, roleEnd), description, country, view.Tokens[i].Start, exclude: null), start, stop) { Described = true };
        return true;
    }

    /// <summary>Resolves a party relative to the clause's other party, now known ("son homologue" is not the giver).</summary>
    public GiftActor? ResolveCounterpart(GiftActor? actor, GiftActor? other)
    {
        if (actor is not { Counterpart: true } party || other?.Name is not { } exclude || party.Name != exclude)
        {
            return actor;
        }

        var index = TokenAt(party.Start);
        return party with { Name = LastPersonBefore(index, exclude) };
    }

    private int TokenAt(int position)
    {
        var tokens = _view.Tokens;
        var lo = 0;
        var hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether a role description's role word starts at <paramref name="index"/>.</summary>
    public bool StartsRole(int index) => TryMatchRole(index, _view.Count, out _, out _);

    /// <summary>
    /// Where the description whose role word is at <paramref name="roleIndex"/> starts: before "Premier"
    /// ("le Premier ministre"), a prefix ("le nouveau président"), an article or a possessive.
    /// </summary>
    public int DescriptionStart(int roleIndex, int floor)
    {
        var i = roleIndex;
        if (i - 1 >= floor && TryMatchRole(i - 1, _view.Count, out var end, out _) && end > i)
        {
            i--;
        }

        if (i - 1 >= floor && _view.Tokens[i - 1].IsWord && RolePrefixes.Contains(_view.Folded(i - 1)))
        {
            i--;
        }

        if (i - 1 >= floor && _view.Tokens[i - 1].IsWord && (Articles.Contains(_view.Folded(i - 1)) || Possessives.Contains(_view.Folded(i - 1))))
        {
            i--;
        }

        return i;
    }

    private bool TryMatchRole(int i, int limit, out int roleEnd, out RoleDescription description)
    {
        roleEnd = i;
        description = AnyRole;
        var view = _view;
        if (i >= limit || !view.Tokens[i].IsWord || view.EntityAt(i) is not null)
        {
            return false;
        }

        if (_words.Roles.TryMatch(view.Document, i, out var length, out var matched) && i + length <= limit)
        {
            roleEnd = i + length;
            description = matched;
            return true;
        }

        if (_roleNouns.Contains(view.Folded(i)))
        {
            roleEnd = i + 1;
            return true;
        }

        return false;
    }

    // After a role: demonyms (the nationality), "de la région de X", a place; a name right after is the person.
    private int ReadQualifiers(int k, int limit, out string? country, out Entity? named)
    {
        country = null;
        named = null;
        var view = _view;
        var start = k;
        var lastQualifier = k;
        while (k < limit && k < start + MaxQualifiers)
        {
            var token = view.Tokens[k];
            if (k > start && token.Has(TokenFlags.SentenceStart))
            {
                break;
            }

            if (view.EntityAt(k) is { } entity && entity.Start == token.Start)
            {
                if (entity.Kind == EntityKind.Person)
                {
                    named = entity;
                    return view.AfterEntity(k);
                }

                if (entity.Kind != EntityKind.Location)
                {
                    break;
                }

                k = view.AfterEntity(k);
                lastQualifier = k;
                continue;
            }

            if (view.IsChar(k, '(') && view.EntityAt(k + 1) is { Kind: EntityKind.Person } inParentheses)
            {
                named = inParentheses;
                var close = view.AfterEntity(k + 1);
                return view.IsChar(close, ')') ? close + 1 : close;
            }

            if (token.IsWord && token.Has(TokenFlags.Capitalized) && k > start && (view.IsWord(k - 1, "du") || view.IsWord(k - 1, "de") || view.IsWord(k - 1, "d'")))
            {
                k++; // "l'émir du Qatar": a place the names data may not know
                lastQualifier = k;
                continue;
            }

            if (!token.IsWord || token.Has(TokenFlags.Capitalized))
            {
                break;
            }

            if (_names.Demonyms.TryGetValue(view.Folded(k), out var demonym))
            {
                country ??= demonym.Country.Length > 0 ? demonym.Country : demonym.Place;
                k++;
                lastQualifier = k;
                continue;
            }

            if (QualifierLinks.Contains(view.Folded(k)))
            {
                k++;
                continue;
            }

            break;
        }

        return lastQualifier;
    }

    private bool StartsName(int index, out Entity entity)
    {
        entity = _view.EntityAt(index)!;
        return entity is { Kind: EntityKind.Person or EntityKind.Organization or EntityKind.Location } && entity.Start == _view.Tokens[index].Start;
    }

    private string RoleKey(int from, int to)
    {
        if (to == from + 1)
        {
            return _view.Folded(from).ToString();
        }

        var parts = new string[to - from];
        for (var k = from; k < to; k++)
        {
            parts[k - from] = _view.Folded(k).ToString();
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// The person a role description refers to: a person introduced with that role (and nationality when
    /// the description gives one), nearest before, else first after; else a person of the document whom
    /// the names data knows with that role and nationality; else, for a bare role, the last person named.
    /// </summary>
    private string? ResolveRole(string role, RoleDescription description, string? country, int position, string? exclude)
    {
        _links ??= FindLinks();
        string? before = null;
        string? after = null;
        foreach (var link in _links)
        {
            if (link.Role != role || link.Person == exclude || (country is not null && link.Country is not null && link.Country != country))
            {
                continue;
            }

            if (link.Position <= position)
            {
                before = link.Person;
            }
            else
            {
                after ??= link.Person;
            }
        }

        if ((before ?? after) is { } linked)
        {
            return linked;
        }

        if (country is not null || description.PersonRole is not null)
        {
            return KnownPerson(description, country, position, exclude);
        }

        return LastPersonBefore(TokenAt(position), exclude);
    }

    // A person named in the document whom the names data knows with the description's role, nationality and
    // gender: nearest before the description, else first after.
    private string? KnownPerson(RoleDescription description, string? country, int position, string? exclude)
    {
        string? after = null;
        string? before = null;
        foreach (var entity in _view.Entities)
        {
            if (entity.Kind != EntityKind.Person || entity.Canonical == exclude || (before is not null && entity.Start > position))
            {
                continue;
            }

            if (!Fits(entity.Canonical!, description, country))
            {
                continue;
            }

            if (entity.Start <= position)
            {
                before = entity.Canonical;
            }
            else
            {
                after ??= entity.Canonical;
            }
        }

        return before ?? after;
    }

    private bool Fits(string person, RoleDescription description, string? country)
    {
        _known ??= new Dictionary<string, PersonInfo?>(StringComparer.Ordinal);
        if (!_known.TryGetValue(person, out var info))
        {
            info = _names.Persons.TryGet(person, out var found) ? found : null;
            _known[person] = info;
        }

        if (info is null)
        {
            return false;
        }

        var countryFits = country is null || string.Equals(info.Country, country, StringComparison.OrdinalIgnoreCase);
        var roleFits = description.PersonRole is null || info.Role == description.PersonRole
            || (description.PersonRole == PersonRole.HeadOfGovernment && info.Role == PersonRole.HeadOfState && description.Gender == NameGender.None && country is not null);
        var genderFits = description.Gender == NameGender.None || info.Gender == NameGender.None || (info.Gender & description.Gender) != 0;
        return countryFits && roleFits && genderFits;
    }

    /// <summary>The person named last before token <paramref name="index"/>, other than <paramref name="exclude"/>.</summary>
    public string? LastPersonBefore(int index, string? exclude)
    {
        for (var k = index - 1; k >= 0 && k >= index - Lookback; k--)
        {
            if (_view.EntityAt(k) is { Kind: EntityKind.Person } person && person.Canonical != exclude)
            {
                return person.Canonical;
            }
        }

        return null;
    }

    /// <summary>
    /// "il", "elle" as a subject: the subject of the nearest sentence before that names a person (the first
    /// person named there not after a preposition), as news carries its subject from one sentence to the next.
    /// </summary>
    public string? PreviousSubject(int index, string? exclude)
    {
        var view = _view;
        var sentenceStart = view.SentenceStart(index);
        var steps = 0;
        while (sentenceStart > 0 && steps++ < 4)
        {
            var previous = view.SentenceStart(sentenceStart - 1);
            for (var k = previous; k < sentenceStart; k++)
            {
                if (StartsName(k, out var entity) && entity.Kind == EntityKind.Person && entity.Canonical != exclude)
                {
                    return entity.Canonical;
                }
            }

            sentenceStart = previous;
        }

        return LastPersonBefore(index, exclude);
    }

    // "le président russe Vladimir Poutine", "le président (Xi Jinping)", "Xi Jinping, le président chinois".
    private List<(string, string?, string, int)> FindLinks()
    {
        var links = new List<(string, string?, string, int)>();
        var view = _view;
        for (var i = 0; i < view.Count; i++)
        {
            if (!view.Tokens[i].IsWord || view.EntityAt(i) is not null || !TryMatchRole(i, view.Count, out var roleEnd, out _))
            {
                continue;
            }

            var end = ReadQualifiers(roleEnd, view.Count, out var country, out var named);
            if (named is null)
            {
                var k = i - 1;
                if (k >= 0 && (view.IsWord(k, "le") || view.IsWord(k, "la") || view.IsWord(k, "l'")))
                {
                    k--;
                }

                if (k >= 1 && view.IsChar(k, ',') && view.EntityAt(k - 1) is { Kind: EntityKind.Person } before)
                {
                    named = before;
                }
            }

            if (named is not null)
            {
                links.Add((RoleKey(i, roleEnd), country, named.Canonical!, view.Tokens[i].Start));
            }

            i = Math.Max(i, end - 1);
        }

        return links;
    }
}
