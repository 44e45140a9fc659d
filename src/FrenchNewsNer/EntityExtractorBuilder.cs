using System.Collections.Immutable;
using System.Text;
using FrenchNewsNer.Dates;
using FrenchNewsNer.Gifts;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Numbers;
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
    /// optional). All or nothing: on a malformed line nothing of the file is added.
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
            var entry = new GazetteerEntry(kind, row[1], canonical);
            Validate(entry, row.Error);
            parsed.Add(entry);
        }

        _entries.AddRange(parsed);
        return this;
    }

    /// <summary>Builds the extractor. The builder can go on being used; what was built does not change.</summary>
    public EntityExtractor Build()
    {
        // The quantity, number, date and gift tables load on the thread pool while the gazetteers load here:
        // on two cores that takes the build from their sum to about the longer of the two.
        var lexicons = Task.Run(LoadLexicons);
        var recognizers = ImmutableArray.CreateBuilder<IEntityRecognizer>();
        try
        {
            if (_kinds.Contains(EntityKind.Person) || _kinds.Contains(EntityKind.Organization) || _kinds.Contains(EntityKind.Location))
            {
                // Every table is read here, once per process, so the first extraction is not the slow one; user
                // entries lie over the built-in names and override them.
                var gazetteers = NameGazetteers.BuiltIn;
                gazetteers.LoadAll();
                recognizers.Add(new NameRecognizer(gazetteers.WithUserEntries(_entries.ToArray())));
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

        recognizers.Add(new QuantityRecognizer(FrenchNumberParser.Standard));
        recognizers.Add(new NumberRecognizer(FrenchNumberParser.Standard));
        recognizers.Add(new DateRecognizer());

        // Stages run in this order after conflict resolution: names first, so that gifts can use them.
        var stages = ImmutableArray.Create<IDocumentStage>(
            new CanonicalNameResolver(),
            new GiftEventResolver(GiftLexicon.Default, FrenchNumberParser.Standard, RoleNouns.Default));
        return new EntityExtractor(_kinds, recognizers.ToImmutable(), stages);
    }

    private static void LoadLexicons()
    {
        _ = QuantityLexicon.Default;
        _ = FrenchNumberParser.Standard.Lexicon;
        _ = NumberContext.Default;
        _ = DateLexicon.Default;
        _ = GiftLexicon.Default;
        _ = RoleNouns.Default;
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
    }
}
