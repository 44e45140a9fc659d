using FrenchNewsNer.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Text;

[Properties(MaxTest = 100)]
public class FoldingPropertyTests
{
    [Fact]
    public void The_punctuation_table_folds_as_the_general_path_does()
    {
        for (var c = '\u1F00'; c < '\u2200'; c++)
        {
            Assert.Equal(CharFolding.FoldUncached(c), CharFolding.Fold(c));
        }

        Assert.Equal('\'', CharFolding.Fold('\u2019'));
        Assert.Equal('-', CharFolding.Fold('\u2011'));
        Assert.Equal(' ', CharFolding.Fold('\u202F'));
    }

    [Property]
    public Property A_pooled_shadow_is_the_string_shadow_with_the_same_map_until_released()
    {
        return Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var reference = FoldedText.Create(text);
            var pooled = FoldedText.CreatePooled(text);
            var same = pooled.Span.SequenceEqual(reference.Value) && pooled.Length == reference.Value.Length
                && pooled.IsIdentityMapped == reference.IsIdentityMapped;
            for (var i = 0; same && i <= reference.Value.Length; i++)
            {
                same = pooled.ToOriginal(i) == reference.ToOriginal(i);
            }

            pooled.Release();
            pooled.Release(); // a second release is harmless: the buffer went back once
            return same.Label("the pooled shadow or its map differs from the string shadow")
                .And(pooled.Span.IsEmpty.Label("a released shadow still reads its buffer"));
        });
    }

    [Fact]
    public void A_released_document_reads_no_pooled_shadow_and_a_new_one_folds_afresh()
    {
        var first = Document.Create("Le Président a parlé.");
        Assert.Equal("le president a parle.", first.ShadowSpan.ToString());
        first.Release();
        Assert.True(first.ShadowSpan.IsEmpty);
        var second = Document.Create("Mardi à Paris.");
        Assert.Equal("mardi a paris.", second.ShadowSpan.ToString());
        Assert.Equal(second.ShadowSpan.ToString(), second.Shadow);
        second.Release();
    }

    [Property]
    public Property Shadow_maps_back_exactly_to_the_original()
    {
        return Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var folded = FoldedText.Create(text);
            var shadow = folded.Value;
            var previous = -1;
            for (var i = 0; i < shadow.Length; i++)
            {
                var original = folded.ToOriginal(i);
                // Strictly increasing, and each shadow unit is the fold of the unit it maps to.
                if (original <= previous || CharFolding.Fold(text[original]) != shadow[i])
                {
                    return false.Label($"shadow unit {i} maps to {original}, after {previous}, whose fold is not '{shadow[i]}'");
                }

                // Every unit skipped between two mapped units is one that folds to nothing.
                for (var skipped = previous + 1; skipped < original; skipped++)
                {
                    if (CharFolding.Fold(text[skipped]) != CharFolding.Dropped)
                    {
                        return false.Label($"unit {skipped} is skipped by the map but does not fold to nothing");
                    }
                }

                previous = original;
            }

            for (var skipped = previous + 1; skipped < text.Length; skipped++)
            {
                if (CharFolding.Fold(text[skipped]) != CharFolding.Dropped)
                {
                    return false.Label($"trailing unit {skipped} is skipped by the map but does not fold to nothing");
                }
            }

            return (folded.ToOriginal(shadow.Length) == text.Length).Label("the end of the shadow does not map to the end of the text");
        });
    }

    [Property]
    public Property Folding_is_idempotent()
    {
        return Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var once = FoldedText.Create(text).Value;
            return (FoldedText.Create(once).Value == once).Label($"folding \"{once}\" again changes it");
        });
    }

    [Property]
    public Property Typographic_and_typewriter_apostrophes_fold_alike()
    {
        return Prop.ForAll(TextGenerators.HostileText(), text =>
            (FoldedText.Create(text.Replace('\'', '’')).Value == FoldedText.Create(text.Replace('’', '\'')).Value)
                .Label("the two apostrophes fold differently"));
    }

    [Theory]
    [InlineData("Élysée", "elysee")]
    [InlineData("Kojémiako", "kojemiako")]
    [InlineData("L’agence", "l'agence")]
    [InlineData("8\u202F000\u00A0km", "8 000 km")]
    [InlineData("CAFÉ", "cafe")]
    [InlineData("œuvre", "œuvre")]
    [InlineData("Ça", "ca")]
    [InlineData("Zelenskyï", "zelenskyi")]
    public void Folds_case_accents_apostrophes_and_spaces(string text, string expected)
    {
        Assert.Equal(expected, FoldedText.Create(text).Value);
    }

    [Fact]
    public void Combining_accents_are_dropped_from_the_shadow_and_kept_in_spans()
    {
        var text = "Cafe\u0301 noir";
        var folded = FoldedText.Create(text);
        Assert.Equal("cafe noir", folded.Value);
        Assert.False(folded.IsIdentityMapped);
        // The word "cafe" ends in the shadow at 4; in the original its span includes the accent.
        Assert.Equal(5, folded.ToOriginalEnd(4));
        Assert.Equal(6, folded.ToOriginal(5));
    }

    [Fact]
    public void A_text_without_combining_marks_maps_to_itself()
    {
        Assert.True(FoldedText.Create("Kim Jong Un à Vladivostok").IsIdentityMapped);
    }
}
