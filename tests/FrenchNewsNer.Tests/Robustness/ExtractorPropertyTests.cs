using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FrenchNewsNer.Tests.Text;

namespace FrenchNewsNer.Tests.Robustness;

/// <summary>
/// Properties of the real extractor over generated news text and mutations of it: a valid result
/// (no exception, spans equal to the text, sorted, no overlap but Gift), determinism across runs and
/// threads, offsets that only shift under an unrelated leading paragraph, and values untouched by
/// typographic variants (’ for ', U+00A0 inside numbers).
/// </summary>
[Properties(MaxTest = 100)]
public class ExtractorPropertyTests
{
    private static readonly ExtractionOptions WithReferenceDate = new() { ReferenceDate = new DateOnly(2023, 9, 17) };

    private static EntityExtractor Extractor => EntityExtractor.Default;

    [Property]
    public Property Any_news_text_or_mutation_of_it_gives_a_valid_result() =>
        Prop.ForAll(NewsTextGenerators.NewsOrMutated(), text =>
        {
            ResultInvariants.Check(text, Extractor.Extract(text));
            ResultInvariants.Check(text, Extractor.Extract(text, WithReferenceDate));
        });

    [Property]
    public Property News_text_cut_anywhere_gives_a_valid_result()
    {
        // Rules look at the tokens after a cue ("le journal", "la revue", "à 17"); a cut right after the cue
        // must find the end of the text, not an index past it.
        var cases =
            from text in NewsTextGenerators.NewsText()
            from cut in Gen.Choose(0, text.Length)
            select text[..cut].TrimEnd();
        return Prop.ForAll(cases.Shrinking(), text => ResultInvariants.Check(text, Extractor.Extract(text, WithReferenceDate)));
    }

    [Property]
    public Property Each_kind_alone_gives_a_valid_result_of_that_kind_only()
    {
        // Narrowing the kinds skips recognisers and stages: the result must stay valid without them.
        var cases =
            from text in NewsTextGenerators.MutatedNewsText()
            from kind in Gen.Elements(Enum.GetValues<EntityKind>())
            select (text, kind);
        return Prop.ForAll(cases.ShrinkingBy(c => c.text, (c, text) => c with { text = text }), c =>
        {
            var result = Extractor.Extract(c.text, new ExtractionOptions { Kinds = EntityKindSet.Of(c.kind) });
            ResultInvariants.Check(c.text, result);
            Assert.All(result.Entities, e => Assert.Equal(c.kind, e.Kind));
        });
    }

    [Property]
    public Property The_same_text_gives_the_same_result_on_every_run()
    {
        return Prop.ForAll(NewsTextGenerators.NewsOrMutated(), text =>
        {
            var first = ResultInvariants.Describe(Extractor.Extract(text, WithReferenceDate));
            var second = ResultInvariants.Describe(Extractor.Extract(text, WithReferenceDate));

            // A freshly built extractor holds no state the shared one could have picked up.
            var fresh = ResultInvariants.Describe(FreshExtractor.Value.Extract(text, WithReferenceDate));
            Assert.Equal(first, second);
            Assert.Equal(first, fresh);
        });
    }

    [Property]
    public Property Eight_threads_at_once_give_what_one_thread_gives()
    {
        var batches = Gen.OneOf(NewsTextGenerators.NewsText(), NewsTextGenerators.MutatedNewsText()).NonEmptyListOf().Select(l => l.Take(12).ToArray());
        // A failing batch shrinks by dropping texts, then by shrinking the first text.
        var shrinkingBatches = Arb.From(batches, texts => texts.Length <= 1
            ? Shrinkers.Text(texts[0]).Select(t => new[] { t })
            : Enumerable.Range(0, texts.Length).Select(skip => texts.Where((_, i) => i != skip).ToArray()));
        return Prop.ForAll(shrinkingBatches, texts =>
        {
            var expected = texts.Select(t => ResultInvariants.Describe(Extractor.Extract(t, WithReferenceDate))).ToArray();
            var actual = new string[8][];
            using var start = new Barrier(8);
            var threads = Enumerable.Range(0, 8).Select(worker => new Thread(() =>
            {
                start.SignalAndWait();

                // Each worker walks the texts from a different place so that different texts run at the same moment too.
                var results = new string[texts.Length];
                for (var i = 0; i < texts.Length; i++)
                {
                    var index = (i + worker) % texts.Length;
                    results[index] = ResultInvariants.Describe(Extractor.Extract(texts[index], WithReferenceDate));
                }

                actual[worker] = results;
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            Assert.All(actual, results => Assert.Equal(expected, results));
        });
    }

    [Property]
    public Property An_unrelated_leading_paragraph_shifts_every_offset_by_its_length_and_changes_nothing_else()
    {
        var cases =
            from prefix in NewsTextGenerators.UnrelatedParagraph()
            from text in Gen.OneOf(NewsTextGenerators.NewsText(), NewsTextGenerators.MutatedNewsText())
            select (prefix, text);
        return Prop.ForAll(cases.ShrinkingBy(c => c.text, (c, text) => c with { text = text }), c =>
        {
            var alone = Extractor.Extract(c.text, WithReferenceDate);
            var prefixed = Extractor.Extract(c.prefix + c.text, WithReferenceDate);
            ResultInvariants.Check(c.prefix + c.text, prefixed);
            var shift = c.prefix.Length;
            Assert.Equal(
                alone.Entities.Select(e => Describe(e, 0)),
                prefixed.Entities.Select(e => Describe(e, shift)));
            Assert.Equal(
                alone.Gifts.Select(g => Describe(g, 0)),
                prefixed.Gifts.Select(g => Describe(g, shift)));
        });
    }

    [Property]
    public Property Typographic_apostrophes_and_no_break_spaces_inside_numbers_change_no_value()
    {
        return Prop.ForAll(NewsTextGenerators.NewsText().Shrinking(), text =>
        {
            var variant = Typographic(text);
            var plain = Extractor.Extract(text, WithReferenceDate);
            var typographic = Extractor.Extract(variant, WithReferenceDate);
            ResultInvariants.Check(variant, typographic);

            // Both substitutions keep the length, so the spans line up one for one.
            Assert.Equal(
                plain.Entities.Select(e => (e.Kind, e.Start, e.End, e.Value)),
                typographic.Entities.Select(e => (e.Kind, e.Start, e.End, e.Value)));
        });
    }

    [Fact]
    public void The_generators_reach_every_kind_gift_events_and_every_typographic_variant()
    {
        // Guards the properties above against vacuous input: text the extractor finds nothing in would pass them all.
        var news = FsCheck.FSharp.Gen.Sample(300, NewsTextGenerators.NewsText());
        var results = news.Select(t => Extractor.Extract(t, WithReferenceDate)).ToArray();
        Assert.Equal(Enum.GetValues<EntityKind>(), results.SelectMany(r => r.Entities).Select(e => e.Kind).Distinct().Order());
        Assert.Contains(results, r => r.Gifts.Count > 0 && r.Gifts[0].Giver is not null);
        Assert.True(news.Count(t => Typographic(t) != t) > 100, "the typographic variant rarely changes the text");

        var mutated = FsCheck.FSharp.Gen.Sample(300, NewsTextGenerators.MutatedNewsText());
        Assert.True(mutated.Distinct().Count() > 250, "mutated texts repeat");
        Assert.Contains(mutated, t => t.Contains('\u00A0'));
        Assert.Contains(mutated, t => t.Contains('\u202F'));
        Assert.Contains(mutated, t => t.Contains('’') && !t.Contains('\''));
        Assert.Contains(mutated, t => t.Any(char.IsLetter) && t.Where(char.IsLetter).All(char.IsUpper));
        Assert.Contains(mutated, t => t.Any(char.IsSurrogate));
        Assert.Contains(FsCheck.FSharp.Gen.Sample(50, NewsTextGenerators.NewsText()), t => t.Contains("\n\n", StringComparison.Ordinal));
    }

    private static readonly Lazy<EntityExtractor> FreshExtractor = new(() => new EntityExtractorBuilder().Build());

    /// <summary>Every ' turned into ’, and every space between two digits into U+00A0.</summary>
    private static string Typographic(string text)
    {
        var chars = text.Replace('\'', '’').ToCharArray();
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] == ' ' && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1]))
            {
                chars[i] = '\u00A0';
            }
        }

        return new string(chars);
    }

    private static string Describe(Entity entity, int shift) =>
        $"{entity.Kind}[{entity.Start - shift},{entity.End - shift}) \"{entity.Text}\" → \"{entity.Canonical}\" {entity.Value}";

    private static string Describe(GiftEvent gift, int shift)
    {
        var text = new StringBuilder();
        foreach (var item in gift.Items)
        {
            text.Append(Describe(item, shift)).Append("; ");
        }

        return text.Append($"from {gift.Giver} to {gift.Recipient}, mutual {gift.Mutual}").ToString();
    }
}
