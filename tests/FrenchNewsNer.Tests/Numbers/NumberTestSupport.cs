using System.Globalization;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Numbers;

/// <summary>Shared helpers: read a number at the start of a text, and list the Number entities of a text.</summary>
internal static class NumberTestSupport
{
    /// <summary>An extractor that reports Number entities only, so other families do not claim the spans.</summary>
    public static readonly EntityExtractor NumbersOnly = new EntityExtractorBuilder().WithKinds(EntityKindSet.Of(EntityKind.Number)).Build();

    /// <summary>The number the parser reads at the first token, as "span=value" (with "o" for an ordinal), or null.</summary>
    public static string? ReadFirst(string text, FrenchNumberParser? parser = null)
    {
        var document = Document.Create(text);
        if (!(parser ?? FrenchNumberParser.Standard).TryMatch(document, 0, out var match))
        {
            return null;
        }

        Assert.Equal(document.Tokens[match.FirstToken].Start, match.Start);
        Assert.Equal(document.Tokens[match.NextToken - 1].End, match.End);
        return Describe(text[match.Start..match.End], match.Value, match.Ordinal);
    }

    /// <summary>The Number entities of <paramref name="text"/>, as "span=value" joined by " | ".</summary>
    public static string NumbersIn(string text, EntityExtractor? extractor = null)
    {
        var result = (extractor ?? NumbersOnly).Extract(text);
        return string.Join(" | ", result.Entities
            .Where(e => e.Kind == EntityKind.Number)
            .Select(e => Describe(e.Text, ((NumberValue)e.Value!).Number, ((NumberValue)e.Value!).Ordinal)));
    }

    /// <summary>"span=value": a whole value in full, any other rounded to 12 significant digits so that 1/3 prints stably.</summary>
    public static string Describe(string span, double value, bool ordinal)
    {
        var number = value == Math.Floor(value) && Math.Abs(value) < 1e17
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("G12", CultureInfo.InvariantCulture);
        return $"{span}={number}{(ordinal ? "o" : string.Empty)}";
    }
}
