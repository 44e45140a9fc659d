using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Turns the grammar's resolved mentions into Date candidates with Recognizers-Text's value shape: joins two
/// ends into one range ("du 10 au 13 septembre", DateComposer.Ranges.cs), takes a modifier before a date
/// into the span ("avant le 15 mars" → before, DateComposer.Modifiers.cs), and types every value
/// (<see cref="TypeOf"/>). One pass over the mentions, each looking at a few tokens around it.
/// </summary>
internal static partial class DateComposer
{
    /// <summary>
    /// Adds a candidate for every mention of <paramref name="mentions"/>, resolved to <paramref name="values"/>,
    /// to <paramref name="output"/>: ranges and modified dates as one candidate each.
    /// </summary>
    public static void Compose(Document document, List<DateMention> mentions, string?[] values, List<Candidate> output)
    {
        var lexicon = DateCompositionLexicon.Default;
        var lastEnd = 0; // the token after the last candidate: no candidate reaches back over it
        var pending = default(Pending);
        for (var k = 0; k < mentions.Count;)
        {
            if (TryRange(document, lexicon, mentions, values, k, lastEnd, out var range, out var used))
            {
                Push(document, ref pending, range.Start, range.End, range.Value, mentions[k].Expression, output);
                lastEnd = range.End;
                k += used;
                continue;
            }

            if (TryTimedSet(mentions, k, out var timedSet))
            {
                Push(document, ref pending, mentions[k].Start, mentions[k + 1].End, timedSet, mentions[k].Expression, output);
                lastEnd = mentions[k + 1].End;
                k += 2;
                continue;
            }

            var mention = mentions[k];
            var start = mention.Start;
            DateModifier? modifier = null;
            if (BoundaryOf(document, mention) is { } boundary)
            {
                modifier = boundary;
                start = document.FoldedOf(mention.Start).StartsWith("mi-") ? start : BoundaryPrefix(document, start, lastEnd);
            }
            else if (TryModifierBefore(document, lexicon, start, lastEnd, out var modifierStart, out var mod))
            {
                modifier = mod;
                start = modifierStart;
            }

            var value = Typed(values[k]!, mention.Expression, modifier);
            Push(document, ref pending, start, mention.End, value, mention.Expression, output);
            lastEnd = mention.End;
            k++;
        }

        Flush(document, ref pending, output);
    }

    /// <summary>
    /// A clock time right before a weekly or daily set: "16 heures chaque lundi" → XXXX-WXX-1T16, "15 heures
    /// tous les jours" → T15 (Recognizers-Text's shapes, as for "chaque lundi à 16 h").
    /// </summary>
    private static bool TryTimedSet(List<DateMention> mentions, int k, out DateValue value)
    {
        value = null!;
        if (k + 1 >= mentions.Count || mentions[k + 1].Start != mentions[k].End)
        {
            return false;
        }

        var time = mentions[k].Expression;
        var set = mentions[k + 1].Expression;
        if (time.Form != DateForm.TimeOnly || !set.Set || set.Literal is not { } literal)
        {
            return false;
        }

        var clock = DateRangeValue.FormatClock(time.Hour, time.Minute);
        var timex = literal == "P1D" ? clock : literal.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && literal.Length == 10 ? literal + clock : null;
        if (timex is null)
        {
            return false;
        }

        value = new DateValue(timex) { Type = DateValueType.Set };
        return true;
    }

    /// <summary>A value with its type and, for a range in Recognizers-Text's shape "(a,b,P…)", its two ends.</summary>
    internal static DateValue Typed(string timex, DateExpression expression, DateModifier? modifier = null)
    {
        string? start = null;
        string? end = null;
        if (timex.Length > 2 && timex[0] == '(' && timex[^1] == ')')
        {
            var first = timex.IndexOf(',');
            var second = first < 0 ? -1 : timex.IndexOf(',', first + 1);
            if (second > 0)
            {
                start = timex[1..first];
                end = timex[(first + 1)..second];
            }
        }

        return new DateValue(timex) { Type = TypeOf(timex, expression), Start = start, End = end, Mod = modifier };
    }

    /// <summary>
    /// Recognizers-Text's type of a value: a set for a recurring time; a time for "T17"; a date for a day; a
    /// date-time for a day with a clock time or a reference ("maintenant" → PRESENT_REF); a date-time range for
    /// a part of a day ("ce soir" → …TEV); a date range for a week, month, season, quarter, year or decade.
    /// </summary>
    internal static DateValueType TypeOf(string timex, DateExpression expression)
    {
        if (expression.Set || (timex.Length > 1 && timex[0] == 'P' && char.IsAsciiDigit(timex[1])))
        {
            return DateValueType.Set;
        }

        if (timex.EndsWith("_REF", StringComparison.Ordinal))
        {
            return DateValueType.DateTime;
        }

        if (timex.Length > 0 && timex[0] == '(')
        {
            return timex.Contains('T') ? (timex.StartsWith("(T", StringComparison.Ordinal) ? DateValueType.TimeRange : DateValueType.DateTimeRange) : DateValueType.DateRange;
        }

        var t = timex.IndexOf('T');
        if (t == 0)
        {
            return char.IsAsciiDigit(timex[^1]) ? DateValueType.Time : DateValueType.TimeRange;
        }

        if (t > 0)
        {
            return char.IsAsciiDigit(timex[^1]) ? DateValueType.DateTime : DateValueType.DateTimeRange;
        }

        // "2023-09-17", "XXXX-09-17", "XXXX-XX-XX", "XXXX-WXX-3": a day; anything shorter or with a W, Q, H
        // or season code is a span of days.
        return timex.Length == 10 && timex[4] == '-' && timex[7] == '-' && !timex.Contains("-W", StringComparison.Ordinal)
            || timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && timex.Length == 10
            ? DateValueType.Date
            : DateValueType.DateRange;
    }
}
