using FrenchNewsNer.Numbers;
using FrenchNewsNer.Text;
using static FrenchNewsNer.Tests.Numbers.NumberTestSupport;

namespace FrenchNewsNer.Tests.Numbers;

public class FrenchNumberParserTests
{
    [Theory]
    [InlineData("8 000 km", "8 000=8000")]
    [InlineData("8.000 km", "8.000=8000")]
    [InlineData("8\u00A0000 km", "8\u00A0000=8000")]
    [InlineData("8\u202F000 km", "8\u202F000=8000")]
    [InlineData("1'000 francs", "1'000=1000")]
    [InlineData("6 700,54 euros", "6 700,54=6700.54")]
    [InlineData("2,3", "2,3=2.3")]
    [InlineData("3.000.000 de personnes", "3.000.000=3000000")]
    [InlineData("1.200 habitants", "1.200=1200")]
    [InlineData("1 414 021 100.", "1 414 021 100=1414021100")]
    [InlineData("2019 300", "2019=2019")]
    [InlineData("192, 168", "192=192")]
    [InlineData("0000", "0000=0")]
    [InlineData("123456789101231", "123456789101231=123456789101231")]
    public void Reads_digits_with_group_separators_and_a_decimal_comma(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("-4 degrés", "-4=-4")]
    [InlineData("\u22124", "\u22124=-4")]
    [InlineData("-9,2321312", "-9,2321312=-9.2321312")]
    [InlineData(",08", ",08=0.08")]
    [InlineData("1,1^23", "1,1^23=8.95430243255")]
    [InlineData("2,5^-1", "2,5^-1=0.4")]
    [InlineData("-1,1^--23", "-1,1^--23=-8.95430243255")]
    [InlineData("12,32e+14", "12,32e+14=1232000000000000")]
    [InlineData("-12e-1", "-12e-1=-1.2")]
    [InlineData("1e10", "1e10=10000000000")]
    [InlineData("2.5 km", "2.5=2.5")]
    [InlineData("1.2345", "1.2345=1.2345")]
    [InlineData("3/4 des gens", "3/4=0.75")]
    [InlineData("-4/5", "-4/5=-0.8")]
    [InlineData("2  1/4", "2  1/4=2.25")]
    [InlineData("1½", "1½=1.5")]
    [InlineData("½", "½=0.5")]
    public void Reads_signs_exponents_dot_decimals_and_fractions_of_digits(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("2019.123", "2019=2019")]       // after a four-digit lead, three digits may be anything
    [InlineData("13.09.2023", "13=13")]         // a chain of dots is no decimal
    [InlineData("13/09/2023", "13=13")]         // nor a chain of slashes a fraction
    [InlineData("13/09", "13=13")]              // leading zero: a date
    [InlineData("24/7", "24=24")]               // improper: not read as a fraction
    [InlineData("1-0", "1=1")]                  // a score, not a negative number
    public void Does_not_read_dates_and_scores_as_decimals_or_fractions(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("2,3 millions", "2,3 millions=2300000")]
    [InlineData("4.700 millions", "4.700 millions=4700000000")]
    [InlineData("3 milliards", "3 milliards=3000000000")]
    [InlineData("1,5 milliard", "1,5 milliard=1500000000")]
    [InlineData("12 millions d'habitants", "12 millions=12000000")]
    [InlineData("2millions", "2millions=2000000")]
    [InlineData("10 mille", "10 mille=10000")]
    [InlineData("322 cent", "322 cent=32200")]
    [InlineData("50 cents", "50=50")]
    [InlineData("3 douzaines", "3 douzaines=36")]
    [InlineData("3 millions et demi", "3 millions et demi=3500000")]
    [InlineData("3 et demi", "3 et demi=3.5")]
    [InlineData("10k", "10k=10000")]
    [InlineData("2,33 k", "2,33 k=2330")]
    [InlineData("10G", "10G=10000000000")]
    [InlineData("2,5 Md€", "2,5 Md=2500000000")]
    [InlineData("4G", "4=4")]                    // a single digit glued to G is a network generation
    [InlineData("10m", "10=10")]                 // m is a metre, not a million
    [InlineData("1 sur 3", "1 sur 3=0.333333333333")]
    [InlineData("1 sur vingt-un", "1 sur vingt-un=0.047619047619")]
    [InlineData("5 sur 3", "5=5")]
    public void Reads_scales_magnitudes_and_ratios_after_digits(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("1er", "1er=1o")]
    [InlineData("1re", "1re=1o")]
    [InlineData("1ère", "1ère=1o")]
    [InlineData("1ers", "1ers=1o")]
    [InlineData("2e", "2e=2o")]
    [InlineData("2è", "2è=2o")]
    [InlineData("2ème", "2ème=2o")]
    [InlineData("2eme", "2eme=2o")]
    [InlineData("2nd", "2nd=2o")]
    [InlineData("2nde", "2nde=2o")]
    [InlineData("35e", "35e=35o")]
    [InlineData("11eme", "11eme=11o")]
    [InlineData("500000eme", "500000eme=500000o")]
    [InlineData("2ᵉ", "2ᵉ=2o")]
    [InlineData("3er", "3=3")]                   // "er" only follows 1
    [InlineData("1nd", "1=1")]                   // "nd" only follows 2
    [InlineData("2,5e", "2,5=2.5")]              // no ordinal of a decimal
    public void Reads_ordinal_suffixes_after_digits(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("zéro", "zéro=0")]
    [InlineData("un", "un=1")]
    [InlineData("une", "une=1")]
    [InlineData("seize", "seize=16")]
    [InlineData("dix-sept", "dix-sept=17")]
    [InlineData("dix sept", "dix sept=17")]
    [InlineData("vingt et un", "vingt et un=21")]
    [InlineData("vingt-et-un", "vingt-et-un=21")]
    [InlineData("vingt-un", "vingt-un=21")]
    [InlineData("trente-trois", "trente-trois=33")]
    [InlineData("cinquante  deux", "cinquante  deux=52")]
    [InlineData("soixante-dix", "soixante-dix=70")]
    [InlineData("soixante et onze", "soixante et onze=71")]
    [InlineData("soixante-douze", "soixante-douze=72")]
    [InlineData("soixante-dix-sept", "soixante-dix-sept=77")]
    [InlineData("quatre-vingts", "quatre-vingts=80")]
    [InlineData("quatre-vingt", "quatre-vingt=80")]
    [InlineData("quatre-vingt-un", "quatre-vingt-un=81")]
    [InlineData("quatre-vingt-onze", "quatre-vingt-onze=91")]
    [InlineData("quatre-vingt-quinze!", "quatre-vingt-quinze=95")]
    [InlineData("quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf=99")]
    [InlineData("quatre-vingt-dix neuf", "quatre-vingt-dix neuf=99")]
    [InlineData("quatre vingt dix neuf", "quatre vingt dix neuf=99")]
    [InlineData("cent", "cent=100")]
    [InlineData("cent un", "cent un=101")]
    [InlineData("cent et un", "cent et un=101")]
    [InlineData("deux cents", "deux cents=200")]
    [InlineData("deux cent cinquante", "deux cent cinquante=250")]
    [InlineData("deux-cent-cinquante", "deux-cent-cinquante=250")]
    [InlineData("trois mille deux cents", "trois mille deux cents=3200")]
    [InlineData("trois-mille-deux-cents", "trois-mille-deux-cents=3200")]
    [InlineData("mille", "mille=1000")]
    [InlineData("mille et une nuits", "mille et une=1001")]
    [InlineData("vingt et un mille", "vingt et un mille=21000")]
    [InlineData("quatre-vingt mille", "quatre-vingt mille=80000")]
    [InlineData("deux  cent  deux  mille", "deux  cent  deux  mille=202000")]
    [InlineData("mille neuf cent quatre-vingt-dix", "mille neuf cent quatre-vingt-dix=1990")]
    [InlineData("dix-neuf cent quatre-vingt-dix", "dix-neuf cent quatre-vingt-dix=1990")]
    [InlineData("neuf mille neuf cent quatre-vingt-dix neuf", "neuf mille neuf cent quatre-vingt-dix neuf=9999")]
    [InlineData("un million", "un million=1000000")]
    [InlineData("trois million sept", "trois million sept=3000007")]
    [InlineData("deux milliards", "deux milliards=2000000000")]
    [InlineData("quatre-vingts millions", "quatre-vingts millions=80000000")]
    [InlineData("deux cents millions", "deux cents millions=200000000")]
    [InlineData("un billion", "un billion=1000000000000")]
    [InlineData("mille milliards", "mille milliards=1000000000000")]
    [InlineData("deux mille milliards", "deux mille milliards=2000000000000")]
    [InlineData("Trois cent trente et un", "Trois cent trente et un=331")]
    [InlineData("septante-deux", "septante-deux=72")]
    [InlineData("nonante", "nonante=90")]
    [InlineData("huitante", "huitante=80")]
    [InlineData("octante", "octante=80")]
    public void Reads_cardinals_in_words(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("un demi", "un demi=0.5")]
    [InlineData("un quart", "un quart=0.25")]
    [InlineData("trois quarts", "trois quarts=0.75")]
    [InlineData("deux tiers", "deux tiers=0.666666666667")]
    [InlineData("un cinquième", "un cinquième=0.2")]
    [InlineData("trois cinquièmes", "trois cinquièmes=0.6")]
    [InlineData("trois cinquieme", "trois cinquieme=0.6")]
    [InlineData("quatre centièmes de seconde", "quatre centièmes=0.04")]
    [InlineData("un vingt-cinquième", "un vingt-cinquième=0.04")]
    [InlineData("un vingt cinquième", "un vingt cinquième=0.04")]
    [InlineData("une vingt et unième", "une vingt et unième=0.047619047619")]
    [InlineData("un centième", "un centième=0.01")]
    [InlineData("un millionième", "un millionième=1E-06")]
    [InlineData("cent mille billionièmes", "cent mille billionièmes=1E-07")]
    [InlineData("cent trente cinquièmes", "cent trente cinquièmes=26")]
    [InlineData("vingt-trois cinquièmes", "vingt-trois cinquièmes=4.6")]
    [InlineData("trois et un cinquième", "trois et un cinquième=3.2")]
    [InlineData("vingt et un cinquième", "vingt et un cinquième=20.2")]
    [InlineData("vingt et trois et trois cinquièmes", "vingt et trois et trois cinquièmes=23.6")]
    [InlineData("cent trois et deux tiers", "cent trois et deux tiers=103.666666667")]
    [InlineData("cent et trois quarts", "cent et trois quarts=100.75")]
    [InlineData("un et un demi", "un et un demi=1.5")]
    [InlineData("un et demi", "un et demi=1.5")]
    [InlineData("un million et demi", "un million et demi=1500000")]
    [InlineData("deux mille et demi", "deux mille et demi=2500")]
    [InlineData("une douzaine et demie", "une douzaine et demie=18")]
    [InlineData("cinq milliards et trois quarts", "cinq milliards et trois quarts=5750000000")]
    [InlineData("un milliard et demi million", "un milliard et demi million=1000500000")]
    [InlineData("un milliard et trois quarts millions", "un milliard et trois quarts millions=1000750000")]
    [InlineData("Un demi-million d'œufs", "Un demi-million=500000")]
    [InlineData("une demi-douzaine", "une demi-douzaine=6")]
    [InlineData("un quart de million", "un quart de million=250000")]
    [InlineData("un sur trois", "un sur trois=0.333333333333")]
    [InlineData("un sur cent vingt cinq", "un sur cent vingt cinq=0.008")]
    [InlineData("deux cent virgule trois", "deux cent virgule trois=200.3")]
    [InlineData("deux cent virgule cinquante deux", "deux cent virgule cinquante deux=200.52")]
    [InlineData("deux cent virgule soixante et onze", "deux cent virgule soixante et onze=200.71")]
    [InlineData("trois virgule zéro cinq", "trois virgule zéro cinq=3.05")]
    [InlineData("deux virgule cinq millions", "deux virgule cinq millions=2500000")]
    [InlineData("une douzaine d'œufs", "une douzaine=12")]
    [InlineData("trois douzaines", "trois douzaines=36")]
    [InlineData("une vingtaine de morts", "une vingtaine=20")]
    [InlineData("un millier de soldats", "un millier=1000")]
    public void Reads_fractions_collectives_ratios_and_decimals_in_words(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("premier", "premier=1o")]
    [InlineData("première", "première=1o")]
    [InlineData("premiers", "premiers=1o")]
    [InlineData("deuxième", "deuxième=2o")]
    [InlineData("quatrième", "quatrième=4o")]
    [InlineData("neuvième", "neuvième=9o")]
    [InlineData("vingtième", "vingtième=20o")]
    [InlineData("vingt et unième", "vingt et unième=21o")]
    [InlineData("vingt-et-unième", "vingt-et-unième=21o")]
    [InlineData("vingt-cinquième", "vingt-cinquième=25o")]
    [InlineData("cent vingt-cinquième", "cent vingt-cinquième=125o")]
    [InlineData("cent vingt cinquième", "cent vingt cinquième=125o")]
    [InlineData("soixante-dixième", "soixante-dixième=70o")]
    [InlineData("quatre-vingtième", "quatre-vingtième=80o")]
    [InlineData("quatre-vingt-dix-neuvième", "quatre-vingt-dix-neuvième=99o")]
    [InlineData("septante-huitième", "septante-huitième=78o")]
    [InlineData("nonante-deuxième", "nonante-deuxième=92o")]
    [InlineData("octantième", "octantième=80o")]
    [InlineData("centième", "centième=100o")]
    [InlineData("cent unième", "cent unième=101o")]
    [InlineData("deux centième", "deux centième=200o")]
    [InlineData("mille et unième", "mille et unième=1001o")]
    [InlineData("trois millième", "trois millième=3000o")]
    [InlineData("vingt et un millième", "vingt et un millième=21000o")]
    [InlineData("neuf milliardième", "neuf milliardième=9000000000o")]
    [InlineData("trois billionième", "trois billionième=3000000000000o")]
    [InlineData("trois cent vingt seconde", "trois cent vingt seconde=322o")]
    [InlineData("tierce", "tierce=3o")]
    [InlineData("dizième", "dizième=10o")]          // a frequent misspelling
    [InlineData("dix-huirième", "dix-huirième=18o")] // one wrong letter in a long ordinal
    [InlineData("XXIe siècle", "XXIe=21o")]
    [InlineData("XIXe et XXe siècles", "XIXe=19o")]
    [InlineData("IIe arrondissement", "IIe=2o")]
    [InlineData("Ve République", "Ve=5o")]
    public void Reads_ordinals_in_words_and_Roman_numerals_in_context(string text, string expected) =>
        Assert.Equal(expected, ReadFirst(text));

    [Theory]
    [InlineData("million")]          // a scale needs a count
    [InlineData("cents")]            // money
    [InlineData("unième")]           // only after a ten
    [InlineData("demi")]
    [InlineData("quart de finale")]
    [InlineData("trois-mâts")]       // a number never ends inside a word
    [InlineData("Deux-Sèvres")]
    [InlineData("deux-trois jours")]
    [InlineData("XIV")]
    [InlineData("Ier")]              // a regnal number is the person recogniser's
    [InlineData("Ve de la liste")]   // a Roman ordinal needs a clear context
    [InlineData("vie siècle")]       // and capitals
    [InlineData("IIIIe siècle")]     // and the canonical spelling
    [InlineData("énième")]
    [InlineData("Geran-25")]
    [InlineData("Artiom-Primorsky-1")]
    [InlineData("-")]
    [InlineData(",")]
    [InlineData("1e999")]            // overflows: no infinite values
    [InlineData("9^999")]
    [InlineData("0^-1")]
    public void Reads_nothing_where_there_is_no_number(string text) =>
        Assert.Null(ReadFirst(text));

    [Theory]
    [InlineData("un drone", true)]
    [InlineData("Une peinture", true)]
    [InlineData("un million", false)]
    [InlineData("deux drones", false)]
    [InlineData("1 drone", false)]
    public void Tells_a_lone_article_from_a_count(string text, bool articleOnly)
    {
        var document = Document.Create(text);
        Assert.True(FrenchNumberParser.Standard.TryMatch(document, 0, out var match));
        Assert.Equal(articleOnly, FrenchNumberParser.Standard.IsArticleOnly(document, match));
    }

    [Fact]
    public void Reads_the_article_un_as_one_for_the_gift_and_quantity_recognisers()
    {
        Assert.Equal("un=1", ReadFirst("un drone"));
        Assert.Equal("un=1", ReadFirst("un troisième mandat")); // before a noun, the ordinal is an adjective
        Assert.Equal("un cinquième=0.2", ReadFirst("un cinquième des voix"));
    }

    [Fact]
    public void Reads_from_any_token_and_reports_original_offsets()
    {
        const string text = "Il a reçu vingt-cinq drones et 8\u00A0000 dollars.";
        var document = Document.Create(text);
        var found = new List<string>();
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            if (FrenchNumberParser.Standard.TryMatch(document, i, out var match))
            {
                Assert.Equal(i, match.FirstToken);
                found.Add(Describe(text[match.Start..match.End], match.Value, match.Ordinal));
                i = match.NextToken - 1;
            }
        }

        Assert.Equal(["vingt-cinq=25", "8\u00A0000=8000"], found);
    }

    [Fact]
    public void Keeps_combining_accents_inside_the_span()
    {
        // "deuxième" with a combining grave accent: the shadow drops the mark, the span keeps it.
        const string text = "deuxie\u0300me place";
        Assert.Equal("deuxie\u0300me=2o", ReadFirst(text));
    }

    [Fact]
    public void Returns_false_outside_the_token_array()
    {
        var document = Document.Create("deux");
        Assert.False(FrenchNumberParser.Standard.TryMatch(document, 1, out _));
        Assert.False(FrenchNumberParser.Standard.TryMatch(document, -1, out _));
        Assert.False(FrenchNumberParser.Standard.TryMatch(Document.Create(string.Empty), 0, out _));
    }

    [Theory]
    [InlineData("septante", "septante=70", "septante=70", "septante=70")]
    [InlineData("nonante-neuf", "nonante-neuf=99", "nonante-neuf=99", "nonante-neuf=99")]
    [InlineData("huitante", "huitante=80", null, "huitante=80")]
    [InlineData("octantième", "octantième=80o", null, "octantième=80o")]
    [InlineData("quatre-vingt-dix", "quatre-vingt-dix=90", "quatre-vingt-dix=90", "quatre-vingt-dix=90")]
    [InlineData("12.500 francs", "12.500=12500", "12.500=12500", "12.500=12.5")]
    [InlineData("1.000.000", "1.000.000=1000000", "1.000.000=1000000", "1.000.000=1000000")]
    [InlineData("1'000", "1'000=1000", "1'000=1000", "1'000=1000")]
    public void Regional_variants_read_their_words_and_digits(string text, string? standard, string? belgian, string? swiss)
    {
        Assert.Equal(standard, ReadFirst(text, FrenchNumberParser.Standard));
        Assert.Equal(belgian, ReadFirst(text, BelgianFrenchNumberParser.Instance));
        Assert.Equal(swiss, ReadFirst(text, SwissFrenchNumberParser.Instance));
    }

    [Theory]
    [InlineData("XIV", 14)]
    [InlineData("XXI", 21)]
    [InlineData("MCMXCIX", 1999)]
    [InlineData("IV", 4)]
    public void Parses_canonical_Roman_numerals(string roman, int value)
    {
        Assert.True(FrenchNumberParser.TryParseRoman(roman, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("IL")]
    [InlineData("VX")]
    [InlineData("MMMM")]
    [InlineData("")]
    public void Rejects_non_canonical_Roman_numerals(string roman) =>
        Assert.False(FrenchNumberParser.TryParseRoman(roman, out _));
}
