using System.Numerics;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Proposes Date entities with their TIMEX3 value: the <see cref="DateGrammar"/> finds the mentions, then
/// each is resolved by <see cref="TimexResolver"/> against the publication date and, for anaphoric
/// expressions ("la veille", a clock time alone, "l'année précédente"), against the day the text is
/// talking about. Stateless; one instance serves every thread.
/// </summary>
internal sealed class DateRecognizer : IEntityRecognizer
{
    // How many later mentions of the same sentence a clock time alone may look at for its day.
    private const int LookAhead = 8;

    private const int MaxPooledMentions = 1 << 12;

    // A thread keeps the word ids of documents up to this many tokens (4 bytes each).
    private const int MaxPooledWordIds = 1 << 18;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly DateGrammar _grammar;
    private readonly DateLexicon _lexicon;

    /// <summary>Creates the recogniser with the built-in word lists and number parser.</summary>
    public DateRecognizer()
        : this(DateLexicon.Default, FrenchNumberParser.Standard)
    {
    }

    /// <summary>Creates the recogniser over the given word lists and number parser.</summary>
    public DateRecognizer(DateLexicon lexicon, FrenchNumberParser numbers)
    {
        _lexicon = lexicon;
        _grammar = new DateGrammar(lexicon, numbers);
    }

    /// <inheritdoc />
    public EntityKindSet Produces => EntityKindSet.Of(EntityKind.Date);

    /// <inheritdoc />
    public void Recognize(Document document, RecognitionContext context, List<Candidate> output)
    {
        // The list of mentions and the arrays of their values and sentences were made per document; one set
        // per thread is reused instead. Taken out of the slot while in use, so a nested call on the same
        // thread gets its own.
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var mentions = scratch.Mentions;
        try
        {
            var wordIds = scratch.WordIdsFor(document.Tokens.Length);
            _grammar.Parse(document, mentions, wordIds);
            if (mentions.Count == 0)
            {
                return;
            }

            var values = scratch.ValuesFor(mentions.Count);
            Resolve(document, mentions, context.ReferenceDate, values, scratch.SentencesFor(mentions.Count), wordIds);
            DateComposer.Compose(document, mentions, values, output);
        }
        finally
        {
            // Clearing drops the strings the mentions hold; a set grown by a huge document is let go.
            Array.Clear(scratch.Values, 0, Math.Min(mentions.Count, scratch.Values.Length));
            mentions.Clear();
            if (mentions.Capacity <= MaxPooledMentions && scratch.WordIds.Length <= MaxPooledWordIds)
            {
                t_scratch = scratch;
            }
        }
    }

    /// <summary>
    /// Resolves every mention. Two passes: first the mentions that stand on their own (the publication
    /// date suffices), then, in text order, those that need the day the text is talking about. That day is
    /// the last day mentioned earlier in the same sentence, else the first one later in the sentence
    /// ("Vers 0 h 40, jeudi, …"), else the last one earlier in the text, else the publication date.
    /// </summary>
    internal string[] Resolve(Document document, List<DateMention> mentions, DateOnly? reference)
    {
        var values = new string?[mentions.Count];
        var wordIds = new int[document.Tokens.Length];
        _grammar.LookUpWords(document, wordIds);
        Resolve(document, mentions, reference, values, new int[mentions.Count], wordIds);
        return values!;
    }

    /// <summary>
    /// <see cref="Resolve(Document, List{DateMention}, DateOnly?)"/> into <paramref name="values"/>, with
    /// <paramref name="sentences"/> to work in; both at least as long as <paramref name="mentions"/>, the
    /// values cleared. <paramref name="wordIds"/> are the tokens' word ids, as the grammar left them.
    /// </summary>
    private void Resolve(Document document, List<DateMention> mentions, DateOnly? reference, string?[] values, int[] sentences, int[] wordIds)
    {
        var count = mentions.Count;
        SentenceNumbers(document, mentions, sentences);
        for (var k = 0; k < count; k++)
        {
            var e = mentions[k].Expression;
            if (!e.NeedsAnchor)
            {
                var tense = TenseOf(document, mentions[k], wordIds);
                if (IsHabit(document, mentions[k], tense))
                {
                    // "Le marché a lieu le lundi": a weekday after "le" in a sentence of no past and no future is a habit.
                    mentions[k] = mentions[k] with { Expression = e with { Set = true } };
                    values[k] = "XXXX-WXX-" + e.Weekday.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                values[k] = TimexResolver.Resolve(e, new ResolutionContext(reference, null, null, tense));
            }
        }

        DateOnly? lastDay = null;
        var lastDaySentence = -1;
        CalendarPoint? lastPoint = null;
        for (var k = 0; k < count; k++)
        {
            var e = mentions[k].Expression;
            if (e.NeedsAnchor)
            {
                var anchorDay = lastDaySentence == sentences[k] ? lastDay : NextDayInSentence(values, sentences, count, k) ?? lastDay;
                values[k] = TimexResolver.Resolve(e, new ResolutionContext(reference, anchorDay, lastPoint, TenseOf(document, mentions[k], wordIds)));
            }

            if (CalendarPoint.TryParse(values[k]!, out var point))
            {
                lastPoint = point;
                if (point.AsDay is { } day)
                {
                    lastDay = day;
                    lastDaySentence = sentences[k];
                }
            }
        }
    }

    private Direction TenseOf(Document document, DateMention mention, int[] wordIds)
    {
        // Only where the text leaves the direction open; elsewhere the look would be wasted.
        var e = mention.Expression;
        var open = e.Modifier == Direction.None && !e.This && e.Form switch
        {
            DateForm.Weekday => true,
            DateForm.Calendar => e.Year == 0 && e.Month > 0,
            DateForm.Holiday => e.Year == 0,
            DateForm.Period => e.Unit == PeriodUnit.WeekEnd,
            _ => false,
        };
        return open ? TenseCues.Around(document, _lexicon, wordIds, mention.Start, mention.End) : Direction.None;
    }

    private static bool IsHabit(Document document, DateMention mention, Direction tense)
    {
        var e = mention.Expression;
        return tense == Direction.None && e.Form == DateForm.Weekday && e.Modifier == Direction.None && !e.This && !e.Anaphoric
            && e.Hour < 0 && e.DayPart is null && mention.End - mention.Start == 1 && document.IsWord(mention.Start - 1, "le")
            && !document.Tokens[mention.Start - 1].Has(TokenFlags.SentenceStart);
    }

    private static DateOnly? NextDayInSentence(string?[] values, int[] sentences, int count, int k)
    {
        // A bounded look keeps the pass linear on a run-on "sentence" of thousands of times.
        var last = Math.Min(count, k + 1 + LookAhead);
        for (var next = k + 1; next < last && sentences[next] == sentences[k]; next++)
        {
            if (values[next] is { } value && CalendarPoint.TryParse(value, out var point) && point.AsDay is { } day)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The sentence ordinal of each mention's first token into <paramref name="numbers"/>, in one pass over the tokens.</summary>
    private static void SentenceNumbers(Document document, List<DateMention> mentions, int[] numbers)
    {
        var tokens = document.Tokens;
        var sentence = 0;
        var k = 0;
        for (var i = 0; i < tokens.Length && k < mentions.Count; i++)
        {
            if (i > 0 && tokens[i].Has(TokenFlags.SentenceStart))
            {
                sentence++;
            }

            while (k < mentions.Count && mentions[k].Start == i)
            {
                numbers[k++] = sentence;
            }
        }
    }

    /// <summary>What one thread reuses from one document to the next.</summary>
    private sealed class Scratch
    {
        public List<DateMention> Mentions { get; } = new();

        public string?[] Values { get; private set; } = [];

        private int[] _sentences = [];

        /// <summary>The word ids array (see <see cref="DateGrammar.Parse(Document, List{DateMention}, int[])"/>).</summary>
        public int[] WordIds { get; private set; } = [];

        /// <summary>The word ids array, at least <paramref name="count"/> long.</summary>
        public int[] WordIdsFor(int count)
        {
            if (WordIds.Length < count)
            {
                WordIds = new int[(int)Math.Min(Array.MaxLength, BitOperations.RoundUpToPowerOf2((uint)Math.Max(256, count)))];
            }

            return WordIds;
        }

        /// <summary>The values array, at least <paramref name="count"/> long (cleared after each use).</summary>
        public string?[] ValuesFor(int count)
        {
            if (Values.Length < count)
            {
                Values = new string?[Math.Max(count, Values.Length * 2)];
            }

            return Values;
        }

        /// <summary>The sentence numbers array, at least <paramref name="count"/> long.</summary>
        public int[] SentencesFor(int count)
        {
            if (_sentences.Length < count)
            {
                _sentences = new int[Math.Max(count, _sentences.Length * 2)];
            }

            return _sentences;
        }
    }
}
