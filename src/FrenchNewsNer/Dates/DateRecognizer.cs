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

    [ThreadStatic]
    private static List<DateMention>? t_mentions;

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
        // A list per document grew by doubling to its mentions every time; one per thread is reused instead.
        // Taken out of the slot while in use, so a nested call on the same thread gets a list of its own.
        var mentions = t_mentions ?? new List<DateMention>();
        t_mentions = null;
        try
        {
            _grammar.Parse(document, mentions);
            if (mentions.Count == 0)
            {
                return;
            }

            var values = Resolve(document, mentions, context.ReferenceDate);
            var tokens = document.Tokens;
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                output.Add(new Candidate(EntityKind.Date, tokens[mention.Start].Start, tokens[mention.End - 1].End, new DateValue(values[k])));
            }
        }
        finally
        {
            // Clear drops the expressions the mentions hold; a list grown by a huge document is let go.
            mentions.Clear();
            if (mentions.Capacity <= MaxPooledMentions)
            {
                t_mentions = mentions;
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
        var count = mentions.Count;
        var values = new string?[count];
        var sentences = SentenceNumbers(document, mentions);
        for (var k = 0; k < count; k++)
        {
            var e = mentions[k].Expression;
            if (!e.NeedsAnchor)
            {
                values[k] = TimexResolver.Resolve(e, new ResolutionContext(reference, null, null, TenseOf(document, mentions[k])));
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
                var anchorDay = lastDaySentence == sentences[k] ? lastDay : NextDayInSentence(values, sentences, k) ?? lastDay;
                values[k] = TimexResolver.Resolve(e, new ResolutionContext(reference, anchorDay, lastPoint, TenseOf(document, mentions[k])));
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

        return values!;
    }

    private Direction TenseOf(Document document, DateMention mention)
    {
        // Only where the text leaves the direction open; elsewhere the look would be wasted.
        var e = mention.Expression;
        var open = e.Modifier == Direction.None && !e.This && e.Form switch
        {
            DateForm.Weekday => true,
            DateForm.Calendar => e.Year == 0 && e.Month > 0,
            DateForm.Period => e.Unit == PeriodUnit.WeekEnd,
            _ => false,
        };
        return open ? TenseCues.Around(document, _lexicon, mention.Start, mention.End) : Direction.None;
    }

    private static DateOnly? NextDayInSentence(string?[] values, int[] sentences, int k)
    {
        // A bounded look keeps the pass linear on a run-on "sentence" of thousands of times.
        var last = Math.Min(values.Length, k + 1 + LookAhead);
        for (var next = k + 1; next < last && sentences[next] == sentences[k]; next++)
        {
            if (values[next] is { } value && CalendarPoint.TryParse(value, out var point) && point.AsDay is { } day)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The sentence ordinal of each mention's first token, in one pass over the tokens.</summary>
    private static int[] SentenceNumbers(Document document, List<DateMention> mentions)
    {
        var numbers = new int[mentions.Count];
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

        return numbers;
    }
}
