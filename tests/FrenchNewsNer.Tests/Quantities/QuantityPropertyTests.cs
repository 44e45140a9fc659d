using System.Globalization;
using FrenchNewsNer.Tests.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static FrenchNewsNer.Tests.Quantities.QuantityTestSupport;

namespace FrenchNewsNer.Tests.Quantities;

[Properties(MaxTest = 100)]
public sealed class QuantityPropertyTests
{
    // Every way French news groups thousands: none, space, dot, no-break space, narrow no-break space, Swiss apostrophe.
    private static readonly string[] GroupSeparators = ["", " ", ".", "\u00A0", "\u202F", "'"];

    // Texts whose quantities do not depend on what surrounds them (no end-of-clause rule, no cue at the edges).
    private static readonly string[] Passages =
    [
        "la distance est d'environ 250 kilomètres",
        "à près de 8.000 kilomètres à l'est de Moscou",
        "Kim, 39 ans, a été reçu",
        "une hausse de 3,7 % au troisième trimestre",
        "entre 10 et 20 km",
        "de 5 à 7 %",
        "2,3 milliards d'euros",
        "il a payé $5 pour entrer",
        "il y a 70 ans",
        "un bébé de 10 mois",
        "deux heures et vingt minutes",
        "14°C à Vladivostok",
        "le train roulait à 130 km/h",
        "Kim Jong Un a reçu cinq drones",
        "à 14h30 le 13/09/2023",
        "un homme âgé de 82 ans et une femme de 45 ans",
    ];

    private static readonly string[] Prefixes = ["", "Selon l'agence TASS, ", "Le ministre a déclaré mardi que ", "« ", "Hier soir, d'après les services régionaux, "];

    private static readonly string[] Suffixes = ["", ", a indiqué le Kremlin.", " selon les autorités russes", " »", ". Le train est reparti vers la frontière."];

    [Property]
    public Property N_km_has_si_value_1000_n_whatever_the_group_separator()
    {
        var integers = Gen.Frequency(
            (3, Gen.Choose(0, 999).Select(n => (long)n)),
            (3, Gen.Choose(1000, 999_999).Select(n => (long)n)),
            (4, from high in Gen.Choose(0, 999_999) from low in Gen.Choose(0, 999_999) select (high * 1_000_000L) + low));
        var cases =
            from n in integers
            from separator in Gen.Elements(GroupSeparators)
            from hundredths in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 99)))
            from unit in Gen.Elements("km", "kilomètres")
            select (n, separator, hundredths, unit);

        // A failing case shrinks its number towards 0 and drops its decimals.
        var shrinking = Arb.From(cases, c =>
            (c.hundredths >= 0 ? [c with { hundredths = -1 }] : Array.Empty<(long n, string separator, int hundredths, string unit)>())
                .Concat(ArbMap.Default.ArbFor<long>().Shrinker(c.n).Where(n => n >= 0).Select(n => c with { n = n })));
        return Prop.ForAll(shrinking, c =>
        {
            var written = DigitGrouping.Group(c.n, c.separator) + (c.hundredths < 0 ? string.Empty : "," + c.hundredths.ToString("00", CultureInfo.InvariantCulture));
            var value = c.n + (c.hundredths < 0 ? 0 : c.hundredths / 100.0);
            var text = $"{written} {c.unit}";
            var found = Find(text);
            return (found.Count == 1
                    && found[0].Text == text
                    && found[0].Value.Unit == "km"
                    && found[0].Value.Dimension == QuantityDimension.Length
                    && Close(value, found[0].Value.Number)
                    && Close(1000 * value, found[0].Value.Si))
                .Label($"'{text}' gave {string.Join(" | ", found.Select(f => $"{f.Text} = {f.Value}"))}");
        });
    }

    [Property]
    public Property Inserting_a_passage_in_a_sentence_only_shifts_its_quantities()
    {
        var cases =
            from prefix in Gen.Elements(Prefixes)
            from passage in Gen.Elements(Passages)
            from suffix in Gen.Elements(Suffixes)
            select (prefix, passage, suffix);

        return Prop.ForAll(Arb.From(cases), c =>
        {
            var alone = Find(c.passage);
            var inserted = Find(c.prefix + c.passage + c.suffix);
            var shifted = alone.Select(q => q with { Start = q.Start + c.prefix.Length, End = q.End + c.prefix.Length }).ToList();
            return shifted.SequenceEqual(inserted)
                .Label($"'{c.prefix}|{c.passage}|{c.suffix}': {string.Join(" | ", inserted.Select(q => $"{q.Start}:{q.Text}"))}");
        });
    }

    [Property]
    public Property Any_text_gives_well_formed_non_overlapping_quantities()
    {
        return Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var found = Find(text);
            var previousEnd = 0;
            foreach (var quantity in found)
            {
                if (quantity.Start < previousEnd || quantity.End <= quantity.Start || quantity.End > text.Length)
                {
                    return false.Label($"{quantity} is empty, outside the text or overlaps the quantity ending at {previousEnd}");
                }

                if (!double.IsFinite(quantity.Value.Number) || !double.IsFinite(quantity.Value.Si) || quantity.Value.Unit.Length == 0)
                {
                    return false.Label($"{quantity} has a non-finite number or SI value or no unit");
                }

                previousEnd = quantity.End;
            }

            return true.ToProperty();
        });
    }

    [Fact]
    public void The_passages_hold_the_quantities_the_insertion_property_compares()
    {
        // Guards the property above against comparing empty lists only.
        Assert.True(Passages.Count(p => Find(p).Count > 0) >= 12);
        Assert.Empty(Find("Kim Jong Un a reçu cinq drones"));
    }

}
