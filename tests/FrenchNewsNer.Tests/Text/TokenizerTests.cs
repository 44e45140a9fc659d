using FrenchNewsNer.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Text;

[Properties(MaxTest = 100)]
public class TokenizerTests
{
    private static string[] Texts(string text)
    {
        var document = Document.Create(text);
        return document.Tokens.ToArray().Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }

    [Theory]
    [InlineData("l'agence Ria Novosti", "l'|agence|Ria|Novosti")]
    [InlineData("L’agence", "L’|agence")]
    [InlineData("qu'\"aucun accord\"", "qu'|\"|aucun|accord|\"")]
    [InlineData("jusqu'à lorsqu'il", "jusqu'|à|lorsqu'|il")]
    [InlineData("aujourd'hui", "aujourd'hui")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("d'Artiom-Primorsky-1,", "d'|Artiom-Primorsky-1|,")]
    [InlineData("de type +Geran-25+ à", "de|type|+|Geran-25|+|à")]
    [InlineData("Jean-Pierre", "Jean-Pierre")]
    [InlineData("quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf")]
    [InlineData("«Ile Roussky»", "«|Ile|Roussky|»")]
    [InlineData("“Adieu”", "“|Adieu|”")]
    [InlineData("G8", "G|8")]
    [InlineData("14h30", "14|h|30")]
    [InlineData("13/09/2023", "13|/|09|/|2023")]
    [InlineData("13.09.2023", "13|.|09|.|2023")]
    [InlineData("35e", "35|e")]
    [InlineData("km/h", "km|/|h")]
    [InlineData("3,7 %", "3,7|%")]
    public void Splits_french_news_text(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Theory]
    [InlineData("8 000 km", "8 000")]
    [InlineData("8\u00A0000 km", "8\u00A0000")]
    [InlineData("8\u202F000 km", "8\u202F000")]
    [InlineData("8.000 kilomètres", "8.000")]
    [InlineData("3.000.000 de", "3.000.000")]
    [InlineData("1'000 francs", "1'000")]
    [InlineData("6 700,54 euros", "6 700,54")]
    [InlineData("2,3 milliards", "2,3")]
    [InlineData("1 200 300 habitants", "1 200 300")]
    public void Keeps_grouped_and_decimal_numbers_whole(string text, string expected)
    {
        var document = Document.Create(text);
        Assert.Equal(TokenKind.Number, document.Tokens[0].Kind);
        Assert.Equal(expected, text.Substring(document.Tokens[0].Start, document.Tokens[0].Length));
    }

    [Theory]
    [InlineData("en 2019 300 personnes", "2019|300")] // a four-digit lead is a year, not a group
    [InlineData("1 2 3", "1|2|3")]
    [InlineData("8 0000", "8|0000")]
    [InlineData("8.000.00", "8.000|.|00")]
    [InlineData("8 000.000", "8 000|.|000")] // separators never mix
    [InlineData("en 2022, 2023", "2022|,|2023")]
    [InlineData("8\t000", "8|000")]
    [InlineData("8\n000", "8|000")]
    public void Does_not_group_what_is_not_a_grouped_number(string text, string expected)
    {
        var numbers = Document.Create(text).Tokens.ToArray().Where(t => t.Kind != TokenKind.Word).Select(t => text.Substring(t.Start, t.Length));
        Assert.Equal(expected.Split('|'), numbers);
    }

    [Fact]
    public void Flags_case_elision_hyphen_and_spacing()
    {
        var text = "La RPDC et l'Extrême-Orient russe";
        var tokens = Document.Create(text).Tokens;
        Assert.True(tokens[0].Has(TokenFlags.Capitalized | TokenFlags.SentenceStart));
        Assert.True(tokens[1].Has(TokenFlags.AllCaps));
        Assert.True(tokens[3].Has(TokenFlags.Elision));
        Assert.True(tokens[4].Has(TokenFlags.Hyphenated));
        Assert.False(tokens[4].Has(TokenFlags.SpaceBefore));
        Assert.True(tokens[5].Has(TokenFlags.SpaceBefore));
    }

    [Property]
    public Property Tokens_are_ordered_inside_the_text_and_never_overlap()
    {
        return Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var document = Document.Create(text);
            var previousEnd = 0;
            var previousFoldEnd = 0;
            foreach (var token in document.Tokens)
            {
                if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
                {
                    return false.Label($"token [{token.Start},{token.End}) is empty, outside the text or overlaps the one ending at {previousEnd}");
                }

                if (token.FoldStart < previousFoldEnd || token.FoldEnd <= token.FoldStart)
                {
                    return false.Label($"token shadow [{token.FoldStart},{token.FoldEnd}) is empty or overlaps the one ending at {previousFoldEnd}");
                }

                if (token.Start != document.Folded.ToOriginalStart(token.FoldStart) || token.End != document.Folded.ToOriginalEnd(token.FoldEnd))
                {
                    return false.Label($"token [{token.Start},{token.End}) does not map to its shadow [{token.FoldStart},{token.FoldEnd})");
                }

                previousEnd = token.End;
                previousFoldEnd = token.FoldEnd;
            }

            return true.ToProperty();
        });
    }

    [Property]
    public Property Every_non_space_character_belongs_to_a_token()
    {
        return Prop.ForAll(TextGenerators.HostileText(), text =>
        {
            var document = Document.Create(text);
            var covered = new bool[text.Length];
            foreach (var token in document.Tokens)
            {
                for (var i = token.Start; i < token.End; i++)
                {
                    covered[i] = true;
                }
            }

            for (var i = 0; i < text.Length; i++)
            {
                var fold = CharFolding.Fold(text[i]);
                var isSpace = fold is ' ' or '\n' or '\r';
                if (!covered[i] && !isSpace && fold != CharFolding.Dropped)
                {
                    return false.Label($"character {i} (U+{(int)text[i]:X4}) belongs to no token");
                }
            }

            return true.ToProperty();
        });
    }
}
