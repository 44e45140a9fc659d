using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Quantities;

namespace FrenchNewsNer.Tests.Quantities;

public sealed class QuantityLexiconTests
{
    private const string UnitHeader = "surface\tunit\tdimension\tfactor\toffset\tposition\tclass\n";
    private const string CueHeader = "phrase\trole\tvalue\n";

    [Theory]
    [InlineData("1000/3600", 1000.0 / 3600)]
    [InlineData("5/9", 5.0 / 9)]
    [InlineData("273.15-160/9", 273.15 - (160.0 / 9))]
    [InlineData("2*pi", 2 * Math.PI)]
    [InlineData("pi/180", Math.PI / 180)]
    [InlineData("0.0000295735295625", 0.0000295735295625)]
    [InlineData("1e-9", 1e-9)]
    public void Evaluates_factor_expressions(string expression, double expected)
    {
        Assert.True(QuantityLexicon.TryEvaluate(expression, out var value));
        Assert.Equal(expected, value, 15);
    }

    [Theory]
    [InlineData("")]
    [InlineData("km")]
    [InlineData("1/")]
    [InlineData("1/0")]
    [InlineData("2 3")]
    public void Rejects_malformed_expressions(string expression)
    {
        Assert.False(QuantityLexicon.TryEvaluate(expression, out _));
    }

    [Theory]
    [InlineData("km\tkm\tLongueur\t1000\n", "unknown dimension 'Longueur'")]
    [InlineData("km\tkm\tLength\tmille\n", "the factor 'mille'")]
    [InlineData("km\tkm\tLength\t-1\n", "the factor '-1'")]
    [InlineData("km\tkm\tLength\t1000\t\tabove\n", "unknown position 'above'")]
    [InlineData("km\tkm\tLength\t1000\t\t\tweird\n", "unknown class 'weird'")]
    [InlineData("km\tkm\tLength\t1000\nkms\tkm\tLength\t100\n", "factor 100 here but 1000 on line 2")]
    [InlineData("km\tkm\tLength\t1000\nkm\tmi\tLength\t1000\n", "defined differently on line 2")]
    public void Names_the_line_of_a_bad_unit(string rows, string reason)
    {
        var error = Assert.Throws<DataFormatException>(() => Build(UnitHeader + rows, CueHeader));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("units.tsv:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("environ\thedging\n", "unknown role 'hedging'")]
    [InlineData("centaine\tcollective\n", "needs a positive value")]
    [InlineData("centaine\tcollective\t100\ncentaine\tcollective\t1000\n", "two different values")]
    public void Names_the_line_of_a_bad_cue(string rows, string reason)
    {
        var error = Assert.Throws<DataFormatException>(() => Build(UnitHeader + "km\tkm\tLength\t1000\n", CueHeader + rows));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("context.tsv:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merges_the_cases_of_a_one_letter_unit_and_keeps_them_exact()
    {
        var lexicon = Build(UnitHeader + "l\tl\tVolume\t0.001\nL\tl\tVolume\t0.001\nm\tm\tLength\t1\n", CueHeader);
        var recognizer = new QuantityRecognizer(FrenchNewsNer.Numbers.FrenchNumberParser.Standard, lexicon);
        string[] Spans(string text)
        {
            var output = new List<FrenchNewsNer.Pipeline.Candidate>();
            recognizer.Recognize(FrenchNewsNer.Text.Document.Create(text), new FrenchNewsNer.Pipeline.RecognitionContext(null, EntityKindSet.All), output);
            return output.Select(c => text[c.Start..c.End]).ToArray();
        }

        Assert.Equal(["5 l", "6 L", "7 m"], Spans("5 l, 6 L, 7 m, 8 M."));
    }

    [Fact]
    public void The_built_in_tables_load_with_every_unit_symbol_one_factor()
    {
        var lexicon = QuantityLexicon.Default;
        Assert.True(lexicon.UnitsAfter.Count > 300);
        Assert.True(lexicon.UnitsBefore.Count > 20);
        Assert.Equal(1000, lexicon.SymbolFactors["km"]);
        Assert.Equal(31_557_600, lexicon.SymbolFactors["yr"]);
        Assert.Equal(60, lexicon.Minute!.Factor);
    }

    private static QuantityLexicon Build(string units, string cues) =>
        QuantityLexicon.Build(
            TsvReader.ReadAll(new StringReader(units), "units.tsv", "surface", "unit", "dimension", "factor"),
            TsvReader.ReadAll(new StringReader(cues), "context.tsv", "phrase", "role"));
}
