using FsCheck.Xunit;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Tests.Text;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Api;

/// <summary>
/// <see cref="ExtractionResult.FrenchScore"/> is read on first use from a prefix of the text: it must equal the
/// score of the whole tokenised text, wherever the prefix cuts (inside a word, an elision, a grouped number).
/// </summary>
[Properties(MaxTest = 100)]
public class FrenchScorePrefixTests
{
    // Pieces that make the tokenizer's hard cases at any position: elisions, grouped numbers, hyphens, capitals,
    // words of two letters, English words, line breaks and no-break spaces.
    private static readonly string[] Pieces =
    [
        "de", "la", "les", "l'", "d'", "qu'", "agence", "gouvernement", "a", "y", "Paris", "OMS", "3 000", "12,5",
        "Jean-Pierre", "the", "government", "and", "«", "»", ".", ",", "aujourd'hui", "\n", "\u00A0", "-", "était",
    ];

    private static Gen<string> LongText() =>
        from count in Gen.Choose(0, 1500)
        from pieces in Gen.Elements(Pieces).ArrayOf(count)
        from separator in Gen.Elements(" ", " ", " ", "\n", "")
        select string.Join(separator, pieces);

    [Property]
    public Property The_prefix_score_equals_the_whole_text_score() =>
        Prop.ForAll(LongText().ToArbitrary(), text => ScoreFromPrefix(text) == ScoreOfWhole(text));

    [Property]
    public Property The_prefix_score_equals_the_whole_text_score_on_hostile_text() =>
        Prop.ForAll(TextGenerators.HostileText(), Gen.Choose(1, 40).ToArbitrary(), (text, copies) =>
        {
            var repeated = string.Concat(Enumerable.Repeat(text, copies));
            return ScoreFromPrefix(repeated) == ScoreOfWhole(repeated);
        });

    [Fact]
    public void An_extracted_result_scores_as_the_whole_text()
    {
        var text = string.Join(" ", Enumerable.Repeat("Le gouvernement a annoncé l'accord de la région avec les 3 000 agents.", 60));
        Assert.Equal(ScoreOfWhole(text), EntityExtractor.Default.Extract(text).FrenchScore);
    }

    private static double? ScoreFromPrefix(string text) => DocumentProfile.FrenchScore(text);

    private static double? ScoreOfWhole(string text)
    {
        var document = Document.Create(text);
        try
        {
            return DocumentProfile.FrenchScore(document, NameGazetteers.BuiltIn.CommonWords);
        }
        finally
        {
            document.Release();
        }
    }
}
