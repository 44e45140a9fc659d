using System.Collections.Immutable;
using System.Text;
using FrenchNewsNer.Dates;
using FrenchNewsNer.Gifts;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Patterns;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Quantities;

namespace FrenchNewsNer;

/// <summary>
/// Configures and builds an immutable <see cref="EntityExtractor"/>: which kinds to recognise and which
/// names to add to the built-in gazetteers. The builder itself is not thread-safe; what it builds is.
/// </summary>
/// <example>
/// <code>
/// var extractor = new EntityExtractorBuilder()
///     .WithKinds(EntityKindSet.Of(EntityKind.Person, EntityKind.Location))
///     .AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "RPDC", "Corée du Nord"))
///     .Build();
/// </code>
/// </example>
public sealed class EntityExtractorBuilder
{
    private static readonly string[] GazetteerColumns = ["kind", "name"];
    private readonly List<GazetteerEntry> _entries = new();
    private readonly List<EntityPattern> _patterns = new();
    private readonly List<(string Name, EntityKind Kind)> _exclusions = new();
    private readonly List<QuantityUnit> _units = new();
    private EntityKindSet _kinds = EntityKindSet.All;

    /// <summary>Recognise only <paramref name="kinds"/> (default: every kind).</summary>
    /// <param name="kinds">The kinds to recognise.</param>
    public EntityExtractorBuilder WithKinds(EntityKindSet kinds)
    {
        _kinds = kinds;
        return this;
    }

    /// <summary>Turns one kind on.</summary>
    /// <param name="kind">The kind.</param>
    public EntityExtractorBuilder EnableKind(EntityKind kind)
    {
        _kinds = _kinds.With(kind);
        return this;
    }

    /// <summary>Turns one kind off.</summary>
    /// <param name="kind">The kind.</param>
    public EntityExtractorBuilder DisableKind(EntityKind kind)
    {
        _kinds = _kinds.Without(kind);
        return this;
    }

    /// <summary>Adds a name to the gazetteers.</summary>
    /// <param name="entry">The entry; its kind must be Person, Organization or Location.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The kind is not a name kind, or the name is blank.</exception>
    public EntityExtractorBuilder AddGazetteerEntry(GazetteerEntry entry)
    {
        Preconditions.CheckNotNull(entry, nameof(entry));
        Validate(entry, message => new ArgumentException(message, nameof(entry)));
        _entries.Add(entry);
        return this;
    }

    /// <summary>
    /// Adds the names of a UTF-8 TSV file with the header <c>kind	name	canonical</c> (canonical
    /// optional), or <c>kind	name	canonical	id</c> with an optional <see cref="GazetteerEntry.Id"/>
    /// per line. All or nothing: on a malformed line nothing of the file is added.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="DataFormatException">A line is malformed or not UTF-8; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public EntityExtractorBuilder AddGazetteerFile(string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));

        // Read whole (a gazetteer is small) so that invalid UTF-8 is reported at its own line, not where
        // a decoder's read-ahead happened to stop.
        var bytes = File.ReadAllBytes(path);
        if (DataFormatException.FirstInvalidUtf8Line(bytes) is var badLine and > 0)
        {
            throw new DataFormatException(path, badLine, "invalid UTF-8; the file must be UTF-8 text");
        }

        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true));
        return AddGazetteer(reader, path);
    }

    /// <summary>Adds the names of TSV text (see <see cref="AddGazetteerFile"/>); all or nothing.</summary>
    /// <param name="reader">The TSV text.</param>
    /// <param name="sourceName">A name for messages (a file name).</param>
    /// <exception cref="DataFormatException">A line is malformed; the message names the source and line.</exception>
    public EntityExtractorBuilder AddGazetteer(TextReader reader, string sourceName)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(sourceName, nameof(sourceName));
        var parsed = new List<GazetteerEntry>();
        foreach (var row in TsvReader.ReadAll(reader, sourceName, GazetteerColumns))
        {
            if (!Enum.TryParse<EntityKind>(row[0], ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(row[0][0]))
            {
                throw row.Error($"unknown kind '{row[0]}'; expected Person, Organization or Location");
            }

            var canonical = row.Fields.Length > 2 && row[2].Length > 0 ? row[2] : null;
            var id = row.Fields.Length > 3 && row[3].Length > 0 ? row[3] : null;
            var entry = new GazetteerEntry(kind, row[1], canonical) { Id = id };
            Validate(entry, row.Error);
            parsed.Add(entry);
        }

        _entries.AddRange(parsed);
        return this;
    }

    /// <summary>
    /// Adds a user pattern (see <see cref="EntityPattern"/>). User patterns win over the built-in rules:
    /// a match removes every built-in candidate it overlaps. Among user patterns the leftmost match wins,
    /// then the longest, then the pattern added first.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public EntityExtractorBuilder AddPattern(EntityPattern pattern)
    {
        _patterns.Add(Preconditions.CheckNotNull(pattern, nameof(pattern)));
        return this;
    }

    /// <summary>Adds user patterns, in order (see <see cref="AddPattern"/>).</summary>
    /// <param name="patterns">The patterns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="patterns"/> is null or holds a null.</exception>
    public EntityExtractorBuilder AddPatterns(IEnumerable<EntityPattern> patterns)
    {
        Preconditions.CheckNotNull(patterns, nameof(patterns));
        var added = patterns.ToList();
        foreach (var pattern in added)
        {
            Preconditions.CheckNotNull(pattern, nameof(patterns));
        }

        _patterns.AddRange(added);
        return this;
    }

    /// <summary>
    /// Adds the patterns of a UTF-8 JSON Lines file, one pattern per line in spaCy's entity-ruler shape
    /// (<c>{"label": "ORG", "pattern": "Ria Novosti"}</c>; the README's "Customise" section lists the keys).
    /// All or nothing: on a malformed line nothing of the file is added.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="DataFormatException">A line is malformed; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public EntityExtractorBuilder AddPatternFile(string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        return AddPatterns(reader, path);
    }

    /// <summary>Adds the patterns of JSON Lines text (see <see cref="AddPatternFile"/>); all or nothing.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="sourceName">A name for messages (a file name).</param>
    /// <exception cref="DataFormatException">A line is malformed; the message names the source and line.</exception>
    public EntityExtractorBuilder AddPatterns(TextReader reader, string sourceName)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(sourceName, nameof(sourceName));
        _patterns.AddRange(PatternFile.Read(reader, sourceName));
        return this;
    }

    /// <summary>
    /// Silences a built-in name: a mention of <paramref name="name"/> (tokens compared folded, so case,
    /// accents and spacing do not matter) that a built-in rule or gazetteer would report as
    /// <paramref name="kind"/> is not reported. A user pattern or gazetteer entry for the name still is.
    /// </summary>
    /// <param name="name">The name as written ("Le Monde").</param>
    /// <param name="kind">The kind to silence it as; null for every kind (Gift aside).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The name has no token, or <paramref name="kind"/> is Gift.</exception>
    public EntityExtractorBuilder Exclude(string name, EntityKind? kind = null)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckArgument(PhraseTokens.Key(name).Length > 0, nameof(name), "An excluded name needs at least one word.");
        Preconditions.CheckArgument(kind is null || (Enum.IsDefined(kind.Value) && kind != EntityKind.Gift), nameof(kind), "Gift items are not excluded by name.");
        foreach (var k in kind is { } one ? [one] : EntityKindSet.All.Without(EntityKind.Gift).Kinds)
        {
            _exclusions.Add((name, k));
        }

        return this;
    }

    /// <summary>
    /// Adds a unit or currency for this extractor only (see <see cref="QuantityUnit"/>): "5 Go" becomes a
    /// Quantity once <c>AddUnit(new QuantityUnit("Go", "GB", QuantityDimension.Other, 1e9))</c> is added.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">The surface or symbol is blank, the factor not positive and finite, the offset not finite, or an enum value undefined.</exception>
    public EntityExtractorBuilder AddUnit(QuantityUnit unit)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        Preconditions.CheckArgument(unit.Surface is not null && PhraseTokens.Key(unit.Surface).Length > 0, nameof(unit), "A unit needs a surface of at least one token.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(unit.Symbol), nameof(unit), "A unit needs a symbol.");
        Preconditions.CheckArgument(double.IsFinite(unit.Factor) && unit.Factor > 0, nameof(unit), "A unit's factor must be positive and finite.");
        Preconditions.CheckArgument(double.IsFinite(unit.Offset), nameof(unit), "A unit's offset must be finite.");
        Preconditions.CheckArgument(Enum.IsDefined(unit.Dimension) && Enum.IsDefined(unit.Placement), nameof(unit), "A unit's dimension or placement is undefined.");
        _units.Add(unit);
        return this;
    }

    /// <summary>Adds a unit written after its number (see <see cref="AddUnit(QuantityUnit)"/>).</summary>
    /// <param name="surface">The word or symbol as written ("mégawatts").</param>
    /// <param name="symbol">The unit symbol reported ("MW").</param>
    /// <param name="dimension">The dimension (<see cref="QuantityDimension.Other"/> outside the FORMAT.md ones).</param>
    /// <param name="factor">The factor to the dimension's base unit.</param>
    /// <exception cref="ArgumentException">See <see cref="AddUnit(QuantityUnit)"/>.</exception>
    public EntityExtractorBuilder AddUnit(string surface, string symbol, QuantityDimension dimension, double factor) =>
        AddUnit(new QuantityUnit(surface, symbol, dimension, factor));

    /// <summary>Builds the extractor. The builder can go on being used; what was built does not change.</summary>
    /// <exception cref="ArgumentException">An added unit conflicts with the unit table (a symbol given two factors).</exception>
    public EntityExtractor Build()
    {
        // The quantity, number, date and gift tables load on the thread pool while the gazetteers load here:
        // on two cores that takes the build from their sum to about the longer of the two.
        // The recognisers of the kinds the asked kinds depend on are built too (a gift needs names).
        var computed = EntityExtractor.KindDependencies.Closure(_kinds);
        var names = computed.Contains(EntityKind.Person) || computed.Contains(EntityKind.Organization) || computed.Contains(EntityKind.Location);
        var lexicons = Task.Run(() => LoadLexicons(computed, loadCommonWords: !names));
        var recognizers = ImmutableArray.CreateBuilder<IEntityRecognizer>();
        var ids = NameIds.Empty;
        AcronymDefinitions? acronyms = null;
        try
        {
            if (names)
            {
                // Every table is read here, once per process, so the first extraction is not the slow one; user
                // entries lie over the built-in names and override them.
                var gazetteers = NameGazetteers.BuiltIn;
                gazetteers.LoadAll();
                var withUserEntries = gazetteers.WithUserEntries(_entries.ToArray());
                // A canonical the user chose, in a gazetteer entry or a pattern, is kept as written even when
                // the document never spells it (the canonical name resolver asks the ids which ones are chosen).
                ids = gazetteers.Ids.WithUserEntries(_entries.Concat(PatternCanonicals()));
                acronyms = new AcronymDefinitions(withUserEntries, _kinds);
                recognizers.Add(new NameRecognizer(withUserEntries));
            }
        }
        finally
        {
            // A failed table is rethrown unwrapped where it is next read: below, or on first use (Lazy caches it).
            try
            {
                lexicons.Wait();
            }
            catch (AggregateException)
            {
            }
        }

        // Only the recognisers of the computed kinds: Extract never runs a recogniser none of whose kinds it
        // computes, so the others would only cost their tables here. (Quantities read numbers with the shared
        // parser, not through the Number recogniser: Quantity alone needs no Number recogniser.)
        var units = _units.Count > 0 || computed.Contains(EntityKind.Quantity) ? BuildUnits() : null;
        if (computed.Contains(EntityKind.Quantity))
        {
            recognizers.Add(new QuantityRecognizer(FrenchNumberParser.Standard, units!));
        }

        if (computed.Contains(EntityKind.Number))
        {
            recognizers.Add(new NumberRecognizer(FrenchNumberParser.Standard));
        }

        if (computed.Contains(EntityKind.Date))
        {
            recognizers.Add(new DateRecognizer());
        }

        // Last: the user's rules drop the built-in candidates they exclude or overlap (see UserRuleRecognizer).
        var exclusions = NameExclusions.Create(_exclusions, _entries);
        if (_patterns.Count > 0 || exclusions is not null)
        {
            recognizers.Add(new UserRuleRecognizer(_patterns.ToArray(), exclusions));
        }

        // Stages run in this order after conflict resolution: names first, so that gifts can use them.
        var stages = ImmutableArray.CreateBuilder<IDocumentStage>();
        if (acronyms is not null)
        {
            stages.Add(new KindGatedStage(acronyms, EntityKindSet.Of(EntityKind.Person, EntityKind.Organization, EntityKind.Location)));
        }

        stages.Add(new CanonicalNameResolver(ids));
        if (computed.Contains(EntityKind.Gift))
        {
            stages.Add(new GiftEventResolver(GiftLexicon.Default, FrenchNumberParser.Standard, RoleNouns.Default));
        }

        return new EntityExtractor(_kinds, recognizers.ToImmutable(), stages.ToImmutable());
    }

    private QuantityLexicon BuildUnits()
    {
        if (_units.Count == 0)
        {
            return QuantityLexicon.Default;
        }

        try
        {
            return UserUnitLexicon.Build(_units.ToArray());
        }
        catch (DataFormatException ex)
        {
            throw new ArgumentException($"An added unit does not fit the unit table: {ex.Message}", "unit", ex);
        }
    }

    // The user patterns' chosen canonical names and ids, as the gazetteer entries that say the same.
    private IEnumerable<GazetteerEntry> PatternCanonicals() =>
        _patterns
            .Where(p => p.Canonical is not null && p.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location)
            .Select(p => new GazetteerEntry(p.Kind, p.Canonical!, p.Canonical) { Id = p.Id });

    /// <summary>Reads ahead the tables of the <paramref name="computed"/> kinds, so the first extraction is not the slow one.</summary>
    private static void LoadLexicons(EntityKindSet computed, bool loadCommonWords)
    {
        if (computed.Contains(EntityKind.Quantity))
        {
            _ = QuantityLexicon.Default;
        }

        if (computed.Contains(EntityKind.Quantity) || computed.Contains(EntityKind.Number) || computed.Contains(EntityKind.Date) || computed.Contains(EntityKind.Gift))
        {
            _ = FrenchNumberParser.Standard.Lexicon;
        }

        if (computed.Contains(EntityKind.Number))
        {
            _ = NumberContext.Default;
        }

        if (computed.Contains(EntityKind.Date))
        {
            _ = DateLexicon.Default;
        }

        if (computed.Contains(EntityKind.Gift))
        {
            _ = GiftLexicon.Default;
            _ = RoleNouns.Default;
        }

        // The French score of every result reads the common words, whatever the kinds; the names path
        // loads them with the other gazetteers.
        if (loadCommonWords)
        {
            _ = NameGazetteers.BuiltIn.CommonWords;
        }
    }

    private static void Validate(GazetteerEntry entry, Func<string, Exception> error)
    {
        if (!GazetteerEntry.SupportedKinds.Contains(entry.Kind))
        {
            throw error($"a gazetteer entry must be a Person, Organization or Location, not {entry.Kind}");
        }

        if (string.IsNullOrWhiteSpace(entry.Name) || TextFolding.Fold(entry.Name).Trim().Length == 0)
        {
            throw error("a gazetteer entry needs a non-blank name");
        }

        if (entry.Id is not null && !NameIds.IsWellFormed(entry.Id))
        {
            throw error($"the id '{entry.Id}' is not of the form scheme:value (a scheme of ASCII letters, digits, '-' or '.', then a value without white space)");
        }
    }
}
