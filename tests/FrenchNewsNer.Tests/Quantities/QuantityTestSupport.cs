using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Quantities;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Quantities;

/// <summary>A Quantity as the recogniser proposed it: its span text and offsets, and its value.</summary>
internal sealed record FoundQuantity(string Text, int Start, int End, QuantityValue Value);

/// <summary>Runs the Quantity recogniser alone over a text, so its tests do not depend on the other families.</summary>
internal static class QuantityTestSupport
{
    private static readonly QuantityRecognizer Recognizer = new(FrenchNumberParser.Standard);

    public static List<FoundQuantity> Find(string text)
    {
        var output = new List<Candidate>();
        Recognizer.Recognize(Document.Create(text), new RecognitionContext(null, EntityKindSet.All), output);
        return output
            .Where(c => c.Kind == EntityKind.Quantity)
            .OrderBy(c => c.Start)
            .Select(c => new FoundQuantity(text[c.Start..c.End], c.Start, c.End, Assert.IsType<QuantityValue>(c.Value)))
            .ToList();
    }

    /// <summary>Relative error at most 1e-9, as the evaluator scores values.</summary>
    public static bool Close(double expected, double actual) =>
        expected == actual || Math.Abs(expected - actual) <= 1e-9 * Math.Max(Math.Abs(expected), Math.Abs(actual));

    public static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Close(expected, actual), $"{what}: expected {expected:R}, got {actual:R}");

    public static void AssertQuantity(FoundQuantity found, string span, double number, string unit, QuantityDimension dimension, double si, bool approximate)
    {
        Assert.Equal(span, found.Text);
        AssertClose(number, found.Value.Number, $"number of '{span}'");
        Assert.Equal(unit, found.Value.Unit);
        Assert.Equal(dimension, found.Value.Dimension);
        AssertClose(si, found.Value.Si, $"si of '{span}'");
        Assert.Equal(approximate, found.Value.Approximate);
    }
}
