using FrenchNewsNer.Tests.Robustness;
using FsCheck;
using FsCheck.Fluent;

namespace FrenchNewsNer.Tests.Serialization;

/// <summary>
/// Extraction results for round-trip properties: synthetic ones (any entity, value, id and gift event
/// the model allows, over text with accents, emoji, CRLF, quotes and controls) and real extractions of
/// generated news text (with emoji and CRLF put in).
/// </summary>
public static class ResultGenerators
{
    private static readonly string[] Pieces =
    [
        "a", "é", "K", "Vladimir", " ", " ", "\u00A0", "\r\n", "\n", "\t", "🎉", "𝔸", "«", "»", "\"", "\\", "'", "’", "<b>", "&", "1", ",", ".",
        "\u0000", "\u2028", "\u0301", "e",
    ];

    private static readonly string[] Units = ["km", "EUR", "%", "°C", "m/s", "km2"];

    private static readonly string[] Timexes = ["2023-09-17", "XXXX-WXX-1", "(2023-09-10,2023-09-13,P3D)", "PAST_REF", "2023-W37", "2016-11-07TEV"];

    /// <summary>Synthetic results and real extractions, half and half.</summary>
    public static Arbitrary<ExtractionResult> Results() => Gen.OneOf(Synthetic(), Extracted()).ToArbitrary();

    /// <summary>Any result the model allows whose gift items are Gift entities of it (repeated, reordered or not).</summary>
    public static Gen<ExtractionResult> Synthetic() =>
        from pieces in Gen.Elements(Pieces).ListOf()
        let text = string.Concat(pieces)
        from count in Gen.Choose(0, 8)
        from entities in EntityIn(text).ArrayOf(text.Length == 0 ? 0 : count)
        from gifts in GiftAmong(text, entities.Where(e => e.Kind == EntityKind.Gift).ToArray()).ArrayOf()
        from date in Gen.OneOf(Gen.Constant<DateOnly?>(null), Gen.Choose(1, 3650).Select(d => (DateOnly?)new DateOnly(2020, 1, 1).AddDays(d)))
        from cuts in Boundary(text).ArrayOf(Math.Min(4, text.Length))
        from score in Gen.Elements<double?>(null, 0.0, 0.28125, 1.0)
        select new ExtractionResult(text, date, entities, gifts) { Sentences = SpansAt(text.Length, cuts), FrenchScore = score };

    /// <summary>Consecutive spans cut at <paramref name="cuts"/> (sorted, deduplicated), as sentences are.</summary>
    private static TextSpan[] SpansAt(int length, int[] cuts)
    {
        var points = cuts.Append(0).Append(length).Distinct().Order().ToArray();
        return points.Zip(points.Skip(1), (a, b) => new TextSpan(a, b)).ToArray();
    }

    /// <summary>What the extractor finds in generated news text with emoji and CRLF put in.</summary>
    public static Gen<ExtractionResult> Extracted() =>
        from text in NewsTextGenerators.NewsText()
        from emoji in Gen.Elements(string.Empty, "🎉 ", "👍🏽 ")
        from crlf in Gen.Elements(false, true)
        from date in Gen.Elements<DateOnly?>(null, new DateOnly(2023, 9, 17))
        let document = emoji + (crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text)
        select EntityExtractor.Default.Extract(document, new ExtractionOptions { ReferenceDate = date });

    /// <summary>True when both results say exactly the same thing.</summary>
    public static bool Same(ExtractionResult expected, ExtractionResult actual) =>
        expected.Text == actual.Text
        && expected.ReferenceDate == actual.ReferenceDate
        && expected.Entities.SequenceEqual(actual.Entities)
        && expected.Gifts.SequenceEqual(actual.Gifts)
        && expected.Sentences.SequenceEqual(actual.Sentences)
        && expected.FrenchScore == actual.FrenchScore;

    private static Gen<Entity> EntityIn(string text) =>
        from a in Boundary(text)
        from b in Boundary(text)
        from kind in Gen.Elements(Enum.GetValues<EntityKind>())
        let start = Math.Min(a, b)
        let end = Math.Max(a, b)
        from canonical in Gen.Elements<string?>(null, "Kim Jong Un", "Corée du Nord 🎉", "\"quoted\"")
        from id in Gen.Elements<string?>(null, "wikidata:Q7747", "geonames:2013348")
        from value in ValueFor(kind)
        select new Entity(kind, start, end, text[start..end], canonical, value) { Id = id };

    /// <summary>An offset that does not split a surrogate pair.</summary>
    private static Gen<int> Boundary(string text) =>
        Gen.Choose(0, text.Length).Select(i => i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) ? i - 1 : i);

    private static Gen<EntityValue?> ValueFor(EntityKind kind)
    {
        var number = Gen.OneOf(
            Gen.Choose(-1000, 1_000_000).Select(i => (double)i),
            ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get),
            Gen.Elements(0.1, 3.7, 2.3e18, 1e22, double.NaN, -0.0));
        var quantity =
            from n in number
            from unit in Gen.Elements(Units)
            from dimension in Gen.Elements(Enum.GetValues<QuantityDimension>())
            from si in number
            from approximate in Gen.Elements(false, true)
            select (EntityValue?)new QuantityValue(n, unit, dimension, si, approximate);
        var date =
            from timex in Gen.Elements(Timexes)
            from type in Gen.Elements(Enum.GetValues<DateValueType>().Select(t => (DateValueType?)t).Append(null).ToArray())
            from start in Gen.Elements<string?>(null, "2023-09-10")
            from end in Gen.Elements<string?>(null, "2023-09-13")
            from mod in Gen.Elements(Enum.GetValues<DateModifier>().Select(m => (DateModifier?)m).Append(null).ToArray())
            select (EntityValue?)new DateValue(timex) { Type = type, Start = start, End = end, Mod = mod };
        var numberValue =
            from n in number
            from ordinal in Gen.Elements(false, true)
            select (EntityValue?)new NumberValue(n, ordinal);
        var gift =
            from count in Gen.Elements<int?>(null, 1, 5, 120)
            from item in Gen.Elements("drone explosif", "fusil «Ile»", "🎁")
            select (EntityValue?)new GiftValue(count, item);
        var none = Gen.Constant<EntityValue?>(null);
        return kind switch
        {
            EntityKind.Quantity => Gen.OneOf(quantity, none),
            EntityKind.Date => Gen.OneOf(date, none),
            EntityKind.Number => Gen.OneOf(numberValue, none),
            EntityKind.Gift => Gen.OneOf(gift, none),
            _ => Gen.Frequency((5, none), (1, Gen.OneOf(quantity, date, numberValue, gift))),
        };
    }

    private static Gen<GiftEvent> GiftAmong(string text, Entity[] giftEntities) =>
        from items in (giftEntities.Length == 0 ? Gen.Constant(Array.Empty<Entity>()) : Gen.Elements(giftEntities).ArrayOf())
        from giver in Gen.Elements<string?>(null, "Oleg Kojémiako", "la Chine")
        from recipient in Gen.Elements<string?>(null, "Kim Jong Un")
        from mutual in Gen.Elements(false, true)
        from a in Boundary(text)
        from b in Boundary(text)
        from hasMentions in Gen.Elements(false, true)
        select new GiftEvent(items, giver, recipient, mutual)
        {
            GiverMention = hasMentions ? new TextSpan(Math.Min(a, b), Math.Max(a, b)) : null,
            RecipientMention = hasMentions ? new TextSpan(0, Math.Max(a, b)) : null,
        };
}
