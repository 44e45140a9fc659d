using FrenchNewsNer.Serialization;

namespace FrenchNewsNer.Tests.Robustness;

/// <summary>The promises every extraction result keeps, whatever the input; each broken one throws with the text's evidence.</summary>
internal static class ResultInvariants
{
    /// <summary>
    /// The result is of <paramref name="text"/>; every span lies inside it and its text is the substring;
    /// entities are sorted by start, end, kind; the non-Gift kinds never overlap; gift items are Gift
    /// entities of the result; the result serialises to FORMAT.md JSON.
    /// </summary>
    public static void Check(string text, ExtractionResult result)
    {
        Require(ReferenceEquals(text, result.Text) || text == result.Text, "the result is not of the text given");
        Entity? previous = null;
        var lastEnd = 0;
        var entities = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        foreach (var entity in result.Entities)
        {
            entities.Add(entity);
            Require(entity.Start >= 0 && entity.End <= text.Length && entity.Start < entity.End, $"{entity} lies outside the text of length {text.Length} or is empty");
            Require(string.CompareOrdinal(text, entity.Start, entity.Text, 0, entity.Length) == 0 && entity.Text.Length == entity.Length, $"{entity} is not the text at its offsets");
            if (previous is not null)
            {
                var ordered = previous.Start < entity.Start
                    || (previous.Start == entity.Start && (previous.End < entity.End || (previous.End == entity.End && previous.Kind <= entity.Kind)));
                Require(ordered, $"{entity} comes after {previous}: not sorted");
            }

            if (entity.Kind != EntityKind.Gift)
            {
                Require(entity.Start >= lastEnd, $"{entity} overlaps an earlier non-Gift entity ending at {lastEnd}");
                lastEnd = entity.End;
            }

            previous = entity;
        }

        foreach (var gift in result.Gifts)
        {
            Require(gift.Items.Count > 0, "a gift event without items");
            foreach (var item in gift.Items)
            {
                Require(item.Kind == EntityKind.Gift && entities.Contains(item), $"gift item {item} is not a Gift entity of the result");
            }
        }

        // The console writes every result as JSON; a value JSON cannot hold would fail there.
        _ = FormatJson.SerializeDocument(result, "check", indented: false);
    }

    /// <summary>Everything a result says, as one string: equal strings mean equal results.</summary>
    public static string Describe(ExtractionResult result) => FormatJson.SerializeDocument(result, "doc", indented: false);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
