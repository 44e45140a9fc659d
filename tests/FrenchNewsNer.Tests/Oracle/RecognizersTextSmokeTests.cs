using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace FrenchNewsNer.Tests.Oracle;

/// <summary>The Recognizers-Text oracle loads and answers in French (the PackageDownload recipe works).</summary>
public sealed class RecognizersTextSmokeTests
{
    [Fact]
    public void Recognizers_text_reads_a_french_number()
    {
        var results = NumberRecognizer.RecognizeNumber("Il a vingt-trois ans.", Culture.French);
        var result = Assert.Single(results);
        Assert.Equal("vingt-trois", result.Text);
        Assert.Equal("23", result.Resolution["value"]);
    }
}
