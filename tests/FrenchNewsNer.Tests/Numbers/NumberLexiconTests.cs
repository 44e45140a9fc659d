using System.Globalization;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Numbers;

public class NumberLexiconTests
{
    public static TheoryData<string, string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var row in EmbeddedData.ReadTsv("numbers/number-words.tsv", "word", "value", "class", "form"))
        {
            data.Add(row[0], row[1], row[2], row[3], row.Fields.Length > 5 ? row[5] : string.Empty);
        }

        return data;
    }

    /// <summary>Every row of the data file reads back, in the context its class needs, as its own value.</summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_number_word_reads_back_as_its_value(string word, string valueText, string wordClass, string form, string flags)
    {
        var value = ParseValue(valueText);
        var ordinal = form == "ordinal";
        var flagSet = flags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        (string Text, string Span, double Value, bool Ordinal)? expected = wordClass switch
        {
            // A word that only ever follows another: read it after the ten it follows.
            _ when flagSet.Contains("compound-only") => ("vingt et " + word, "vingt et " + word, 20 + value, ordinal),
            "unit" or "teen" or "ten" or "hundred" or "thousand" when !flagSet.Contains("plural") => (word, word, value, ordinal),
            "hundred" => ("deux " + word, "deux " + word, 2 * value, ordinal),
            "ten" => (word, word, value, ordinal),
            "scale" when ordinal => ("trois " + word, "trois " + word, 3 * value, true),
            "scale" or "collective" => ("deux " + word, "deux " + word, 2 * value, false),
            "fraction" => ("trois " + word, "trois " + word, 3 * value, false),
            "vulgar" => (word, word, value, false),
            "suffix" => ((value == 0 ? "7" : ((int)value).ToString(CultureInfo.InvariantCulture)) + word, null!, value == 0 ? 7 : value, true),
            "magnitude" => ("12" + word, "12" + word, 12 * value, false),
            _ => null,
        };
        Assert.NotNull(expected);
        var (text, span, number, isOrdinal) = expected.Value;
        var document = Document.Create(text);
        Assert.True(FrenchNumberParser.Standard.TryMatch(document, 0, out var match), $"'{text}' is not read");
        Assert.Equal(span ?? text, text[match.Start..match.End]);
        Assert.Equal(number, match.Value, 9);
        Assert.Equal(isOrdinal, match.Ordinal);
    }

    [Fact]
    public void Plurals_are_generated_for_ordinals_scales_and_fractions_but_not_for_no_plural_words()
    {
        var lexicon = FrenchNumberParser.Standard.Lexicon;
        Assert.True(lexicon.TryGetWord("cinquiemes", out var fifths) && fifths.IsPlural && fifths.Ordinal);
        Assert.True(lexicon.TryGetWord("millions", out var millions) && millions.IsPlural);
        Assert.True(lexicon.TryGetWord("quarts", out _));
        Assert.False(lexicon.TryGetWord("secondes", out _));
        Assert.False(lexicon.TryGetWord("milles", out _)); // miles, not thousands
        Assert.False(lexicon.TryGetWord("tierss", out _));
    }

    [Theory]
    [InlineData("dizieme", 10)]
    [InlineData("huirieme", 8)]
    [InlineData("cinqieme", 5)]
    [InlineData("septtieme", 7)]
    public void Forgives_one_typo_in_a_long_ordinal(string folded, int value)
    {
        Assert.True(FrenchNumberParser.Standard.Lexicon.TryGetFuzzyOrdinal(folded, out var word));
        Assert.Equal(value, word.Value);
    }

    [Theory]
    [InlineData("enieme")]     // "énième" is nth, not "unième"
    [InlineData("quantieme")]
    [InlineData("penultieme")]
    public void Does_not_take_other_words_for_typos(string folded) =>
        Assert.False(FrenchNumberParser.Standard.Lexicon.TryGetFuzzyOrdinal(folded, out _));

    [Fact]
    public void Belgian_and_Swiss_tables_differ_only_in_their_regional_words()
    {
        Assert.True(BelgianFrenchNumberParser.Instance.Lexicon.TryGetWord("septante", out _));
        Assert.False(BelgianFrenchNumberParser.Instance.Lexicon.TryGetWord("huitante", out _));
        Assert.True(SwissFrenchNumberParser.Instance.Lexicon.TryGetWord("huitante", out _));
        Assert.True(SwissFrenchNumberParser.Instance.Lexicon.TryGetWord("septante", out _));
        Assert.True(FrenchNumberParser.Standard.Lexicon.TryGetWord("octante", out _));
    }

    [Fact]
    public void Context_phrases_load_for_every_role()
    {
        var context = NumberContext.Default;
        var document = Document.Create("voir p. 5 et un quart de finale au XXIe siècle");
        Assert.True(context.ReferenceBefore.EndsBefore(document, 3));   // "p." before "5"
        Assert.True(context.NotNumberBefore.StartsAt(document, 7));     // "de finale"
        Assert.True(context.RomanContext.ContainsToken(document, 11));  // "siècle"
        Assert.False(context.ReferenceBefore.EndsBefore(document, 5));
    }

    private static double ParseValue(string text)
    {
        var slash = text.IndexOf('/');
        return slash < 0
            ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.Parse(text[..slash], CultureInfo.InvariantCulture) / double.Parse(text[(slash + 1)..], CultureInfo.InvariantCulture);
    }
}
