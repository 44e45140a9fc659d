using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>The entities and gift events of one document.</summary>
[JsonConverter(typeof(ExtractionResultJsonConverter))]
public sealed class ExtractionResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="text">The document text, as given.</param>
    /// <param name="referenceDate">The reference date used, or null.</param>
    /// <param name="entities">Entities sorted by start, then end, then kind.</param>
    /// <param name="gifts">Gift events in text order.</param>
    public ExtractionResult(string text, DateOnly? referenceDate, IReadOnlyList<Entity> entities, IReadOnlyList<GiftEvent> gifts)
    {
        Text = Preconditions.CheckNotNull(text, nameof(text));
        ReferenceDate = referenceDate;
        Entities = Preconditions.CheckNotNull(entities, nameof(entities));
        Gifts = Preconditions.CheckNotNull(gifts, nameof(gifts));
    }

    private double? _frenchScore;
    private int _frenchScorePending; // 1 until an extracted result's FrenchScore is computed

    /// <summary>The document text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The reference (publication) date the dates were resolved against, or null.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>
    /// Entities sorted by start offset, then end, then kind. Person, Organization, Location, Quantity,
    /// Date and Number never overlap one another; Gift entities are a separate layer.
    /// </summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Who gave what to whom.</summary>
    public IReadOnlyList<GiftEvent> Gifts { get; }

    /// <summary>
    /// The sentences, in text order, as the tokenizer cuts them: they never overlap, start and end with a
    /// character that is not white space, and only white space lies outside them. Empty when nothing was
    /// extracted (empty text, no kind wanted).
    /// </summary>
    public IReadOnlyList<TextSpan> Sentences { get; init; } = Array.Empty<TextSpan>();

    /// <summary>
    /// How French the text looks, from 0 to 1: the share of its lower-case words (up to the first
    /// <see cref="FrenchScoreWords"/>) that are French words of the embedded common-word list (an elided
    /// article such as "l'" counts as French). French news scores about 0.9, English text about 0.3; below
    /// <see cref="FrenchScoreThreshold"/> the extraction is not meant for the text (see
    /// <see cref="IsLikelyFrench"/>). Null when the text has fewer than <see cref="FrenchScoreMinWords"/>
    /// lower-case words: a headline or a one-line sentence is too short to judge.
    /// </summary>
    public double? FrenchScore
    {
        get
        {
            // An extracted result computes its score on first read (see FrenchScoreOnRead). Two threads reading it
            // at once both compute the same value; the flag is cleared after the value is written.
            if (Volatile.Read(ref _frenchScorePending) != 0)
            {
                _frenchScore = Pipeline.DocumentProfile.FrenchScore(Text);
                Volatile.Write(ref _frenchScorePending, 0);
            }

            return _frenchScore;
        }

        init => _frenchScore = value;
    }

    /// <summary>
    /// Set by the extractor: <see cref="FrenchScore"/> is read from <see cref="Text"/> when first asked for.
    /// Most callers never ask, and its look-ups in the 430,000-word common-word list cost more than a tenth of
    /// a dates-only extraction.
    /// </summary>
    internal bool FrenchScoreOnRead
    {
        init => _frenchScorePending = value ? 1 : 0;
    }

    /// <summary>The <see cref="FrenchScore"/> below which a text is taken as not French: 0.6.</summary>
    public const double FrenchScoreThreshold = 0.6;

    /// <summary>How many lower-case words, at most, <see cref="FrenchScore"/> reads (the first ones): the cost stays constant per document.</summary>
    public const int FrenchScoreWords = 64;

    /// <summary>The fewest lower-case words <see cref="FrenchScore"/> judges by.</summary>
    public const int FrenchScoreMinWords = 8;

    /// <summary>False when <see cref="FrenchScore"/> is known and below <see cref="FrenchScoreThreshold"/>.</summary>
    public bool IsLikelyFrench => FrenchScore is not { } score || score >= FrenchScoreThreshold;

    /// <summary>The entities of one kind, in text order.</summary>
    /// <param name="kind">The kind wanted.</param>
    public IEnumerable<Entity> OfKind(EntityKind kind) => Entities.Where(e => e.Kind == kind);

    /// <summary>An empty result for <paramref name="text"/>.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="referenceDate">The reference date, or null.</param>
    public static ExtractionResult Empty(string text, DateOnly? referenceDate) =>
        new(text, referenceDate, Array.Empty<Entity>(), Array.Empty<GiftEvent>());
}
