using FsCheck.Xunit;
using FrenchNewsNer.Tests.Robustness;

namespace FrenchNewsNer.Tests.Api;

/// <summary><see cref="ExtractionResult.Sentences"/> and <see cref="ExtractionResult.FrenchScore"/>.</summary>
public class DocumentProfileTests
{
    private const string French =
        "Le président russe Vladimir Poutine a reçu mercredi son homologue nord-coréen au cosmodrome de Vostotchny, "
        + "dans l'Extrême-Orient du pays. Les deux dirigeants ont visité les installations de lancement pendant près de "
        + "deux heures, avant un entretien qui a duré plus longtemps que prévu. Selon l'agence officielle, ils ont évoqué "
        + "la coopération militaire et la situation dans la région, sans donner de détails sur les accords conclus.";

    private const string English =
        "The government announced on Tuesday that it would raise the minimum wage by five percent next year, a move "
        + "that unions said did not go far enough. The prime minister told reporters in London that the decision had "
        + "been taken after months of talks with employers and workers' representatives. Critics argued that rising "
        + "prices for food and energy had already eaten into the incomes of millions of households across the country.";

    private const string German =
        "Die Regierung hat am Dienstag angekündigt, den Mindestlohn im nächsten Jahr um fünf Prozent zu erhöhen. "
        + "Die Gewerkschaften sagten, dass dieser Schritt nicht weit genug gehe, und forderten weitere Verhandlungen "
        + "mit den Arbeitgebern über die steigenden Preise für Lebensmittel und Energie.";

    [Fact]
    public void French_news_scores_high_and_other_languages_low()
    {
        var french = EntityExtractor.Default.Extract(French);
        var english = EntityExtractor.Default.Extract(English);
        var german = EntityExtractor.Default.Extract(German);
        Assert.True(french.FrenchScore > 0.85, $"French: {french.FrenchScore}");
        Assert.True(french.IsLikelyFrench);
        Assert.True(english.FrenchScore < 0.45, $"English: {english.FrenchScore}");
        Assert.False(english.IsLikelyFrench);
        Assert.True(german.FrenchScore < 0.45, $"German: {german.FrenchScore}");
        Assert.False(german.IsLikelyFrench);
    }

    [Fact]
    public void A_text_too_short_to_judge_has_no_score_and_is_not_flagged()
    {
        var result = EntityExtractor.Default.Extract("Good morning London.");
        Assert.Null(result.FrenchScore);
        Assert.True(result.IsLikelyFrench);
    }

#if NET10_0_OR_GREATER // the sample console is a net10.0 application
    [Fact]
    public void The_console_warns_on_an_english_article_and_not_on_french_news()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var english = Path.Combine(directory.FullName, "english.txt");
            var french = Path.Combine(directory.FullName, "french.txt");
            File.WriteAllText(english, English);
            File.WriteAllText(french, French);
            var run = FrenchNewsNer.Tests.SampleConsole.SampleRunner.Run(["extract", english, french, "--format", "jsonl"], stdin: (byte[]?)null, () => EntityExtractor.Default);
            var errors = run.Stderr;
            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"warning: {english}: the text does not look French", errors, StringComparison.Ordinal);
            Assert.DoesNotContain(french, errors, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
#endif

    [Fact]
    public void Sentences_follow_the_tokenizer()
    {
        var result = EntityExtractor.Default.Extract(French);
        Assert.Equal(3, result.Sentences.Count);
        Assert.StartsWith("Le président", result.Sentences[0].Of(French), StringComparison.Ordinal);
        Assert.EndsWith("du pays.", result.Sentences[0].Of(French), StringComparison.Ordinal);
        Assert.StartsWith("Selon", result.Sentences[2].Of(French), StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Sentences_cover_the_text_in_order_without_overlap() =>
        Prop.ForAll(NewsTextGenerators.NewsOrMutated(), text =>
        {
            var sentences = EntityExtractor.Default.Extract(text).Sentences;
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var sentence in sentences)
            {
                Assert.True(sentence.Start >= previousEnd && sentence.End > sentence.Start, $"{sentence} after {previousEnd}");
                Assert.False(char.IsWhiteSpace(text[sentence.Start]));
                Assert.False(char.IsWhiteSpace(text[sentence.End - 1]));
                for (var c = sentence.Start; c < sentence.End; c++)
                {
                    covered[c] = true;
                }

                previousEnd = sentence.End;
            }

            // Outside the sentences there is only white space.
            for (var c = 0; c < text.Length; c++)
            {
                Assert.True(covered[c] || char.IsWhiteSpace(text[c]) || char.IsControl(text[c]), $"'{text[c]}' at {c} is in no sentence");
            }

            return true;
        });
}
