using FrenchNewsNer.Dates;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>Runs the Date recogniser alone on a text, as the extractor would.</summary>
internal static class DateTestSupport
{
    /// <summary>A Sunday: "dimanche" in this paper is the day itself.</summary>
    public static readonly DateOnly Sunday = new(2023, 9, 17);

    private static readonly DateRecognizer Recognizer = new();

    /// <summary>Every date found: its text and TIMEX3 value, in text order.</summary>
    public static List<(string Text, string Timex)> FindDates(string text, DateOnly? reference)
    {
        var document = Document.Create(text);
        var candidates = new List<Candidate>();
        Recognizer.Recognize(document, new RecognitionContext(reference, EntityKindSet.All), candidates);
        return ConflictResolver.Resolve(candidates, text.Length)
            .Select(c => (text.Substring(c.Start, c.Length), ((DateValue)c.Value!).Timex))
            .ToList();
    }

    /// <summary>Parses "yyyy-MM-dd", or null for "-".</summary>
    public static DateOnly? Day(string iso) => iso == "-" ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd");

    /// <summary>The single date of <paramref name="text"/>; fails when there is none or more than one.</summary>
    public static (string Text, string Timex) Single(string text, DateOnly? reference)
    {
        var found = FindDates(text, reference);
        Assert.True(found.Count == 1, $"expected one date in «{text}», found [{string.Join(" | ", found)}]");
        return found[0];
    }
}
