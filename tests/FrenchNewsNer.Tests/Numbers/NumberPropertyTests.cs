using System.Globalization;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Tests.Text;
using FrenchNewsNer.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Humanizer;

namespace FrenchNewsNer.Tests.Numbers;

[Properties(MaxTest = 100)]
public class NumberPropertyTests
{
    private static readonly CultureInfo French = new("fr");

    /// <summary><see cref="Integers"/>, shrinking towards 0.</summary>
    private static Arbitrary<long> ShrinkingIntegers() =>
        Arb.From(Integers(), n => ArbMap.Default.ArbFor<long>().Shrinker(n).Where(m => m >= 0));

    /// <summary>Integers in [0, 10^12), spread over every magnitude (uniform draws would almost all have twelve digits).</summary>
    private static Gen<long> Integers() =>
        from digits in Gen.Choose(1, 12)
        from high in Gen.Choose(0, 999_999)
        from low in Gen.Choose(0, 999_999)
        select ((high * 1_000_000L) + low) % (long)Math.Pow(10, digits);

    [Property]
    public Property Humanizer_French_words_read_back_as_the_number()
    {
        return Prop.ForAll(ShrinkingIntegers(), n =>
        {
            var words = n.ToWords(French);
            var match = ReadWhole(words);
            return (match is { } m && m.Value == n && !m.Ordinal).Label($"{n} = \"{words}\"");
        });
    }

    [Property]
    public Property Humanizer_French_words_read_back_in_the_1990_spelling()
    {
        // The 1990 spelling joins every part with hyphens: "deux-cent-cinquante-mille".
        return Prop.ForAll(ShrinkingIntegers(), n =>
        {
            var words = n.ToWords(French).Replace(' ', '-');
            var match = ReadWhole(words);
            return (match is { } m && m.Value == n).Label($"{n} = \"{words}\"");
        });
    }

    [Property]
    public Property Humanizer_French_ordinal_words_read_back_as_the_ordinal()
    {
        // Humanizer's French ordinals are sound below a million ("million unième" above is not French).
        return Prop.ForAll(Arb.From(Gen.Choose(1, 999_999), n => ArbMap.Default.ArbFor<int>().Shrinker(n).Where(m => m >= 1)), n =>
        {
            var words = n.ToOrdinalWords(French);
            var match = ReadWhole(words);
            return (match is { } m && m.Value == n && m.Ordinal).Label($"{n} = \"{words}\"");
        });
    }

    [Property]
    public Property Grouped_digits_and_decimal_commas_read_back_as_the_number()
    {
        var separators = Gen.Elements(".", " ", "\u00A0", "\u202F", "'");
        var cases =
            from n in Integers()
            from separator in separators
            from decimals in Gen.Choose(-1, 99)
            select (n, separator, decimals);
        var shrinking = Arb.From(cases, c =>
            (c.decimals >= 0 ? [c with { decimals = -1 }] : Array.Empty<(long n, string separator, int decimals)>())
                .Concat(ArbMap.Default.ArbFor<long>().Shrinker(c.n).Where(n => n >= 0).Select(n => c with { n = n })));
        return Prop.ForAll(shrinking, c =>
        {
            var text = DigitGrouping.Group(c.n, c.separator) + (c.decimals >= 0 ? "," + c.decimals.ToString("00", CultureInfo.InvariantCulture) : string.Empty);
            var expected = c.decimals >= 0 ? (double)(c.n + (c.decimals / 100m)) : c.n;
            var match = ReadWhole(text);
            return (match is { } m && m.Value == expected).Label($"\"{text}\" should read {expected}");
        });
    }

    [Property]
    public Property Inserting_a_number_into_a_sentence_only_shifts_its_offsets()
    {
        var frames = Gen.Elements(
            (Before: "Selon le bilan, ", After: " personnes ont été évacuées."),
            (Before: "Il y avait ", After: " manifestants."),
            (Before: "« ", After: " », a-t-il dit."),
            (Before: "Le total atteint ", After: ", contre 3 l'an dernier."));
        var texts = Gen.OneOf(
            Integers().Select(n => n.ToWords(French)),
            Integers().Select(n => DigitGrouping.Group(n, " ")),
            Gen.Choose(1, 999).Select(n => n.ToString(CultureInfo.InvariantCulture) + "e"),
            Gen.Elements("un sur trois", "deux tiers", "trois millions et demi", "vingt et un cinquième", "4.700 millions", "quatrième"));
        var cases =
            from text in texts
            from frame in frames
            select (text, frame.Before, frame.After);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var alone = NumberTestSupport.NumbersOnly.Extract(c.text).Entities;
            var inside = NumberTestSupport.NumbersOnly.Extract(c.Before + c.text + c.After).Entities
                .Where(e => e.Start >= c.Before.Length && e.End <= c.Before.Length + c.text.Length)
                .Select(e => new Entity(e.Kind, e.Start - c.Before.Length, e.End - c.Before.Length, e.Text, e.Canonical, e.Value))
                .ToArray();
            return alone.SequenceEqual(inside).Label($"\"{c.text}\": [{string.Join(", ", alone.AsEnumerable())}] vs [{string.Join(", ", inside.AsEnumerable())}]");
        });
    }

    [Property]
    public Property Candidates_stay_inside_the_text_and_never_overlap_on_hostile_text()
    {
        var recognizer = new NumberRecognizer(FrenchNumberParser.Standard);
        var numberish = Gen.Elements(
            "un", "Un", "vingt", "et", "-", "quatre", "cents", "mille", "million", "demi", "sur", "virgule", "cinquième", "e", "er",
            "^", "/", ".", ",", ":", "+", "8", "12", "2023", "1.5", "XXIe", "siècle", "page", "n°", "k", "G", "½", "l'", "d'");
        var pieces = Gen.OneOf(TextGenerators.HostileText().Generator, numberish, Gen.Constant(" "));
        var texts = pieces.ArrayOf().Select(parts => string.Join(" ", parts));
        return Prop.ForAll(texts.Shrinking(), text =>
        {
            var output = new List<Candidate>();
            recognizer.Recognize(Document.Create(text), new RecognitionContext(null, EntityKindSet.All), output);
            var previousEnd = 0;
            foreach (var candidate in output)
            {
                if (candidate.Start < previousEnd || candidate.End <= candidate.Start || candidate.End > text.Length || candidate.Value is not NumberValue)
                {
                    return false.Label($"{candidate} is empty, outside the text, overlaps the one ending at {previousEnd} or has no number value");
                }

                previousEnd = candidate.End;
            }

            return true.ToProperty();
        });
    }

    /// <summary>The match at token 0 if it covers the whole text.</summary>
    private static NumberMatch? ReadWhole(string text)
    {
        var document = Document.Create(text);
        return FrenchNumberParser.Standard.TryMatch(document, 0, out var match) && match.Start == 0 && match.End == text.Length ? match : null;
    }

}
