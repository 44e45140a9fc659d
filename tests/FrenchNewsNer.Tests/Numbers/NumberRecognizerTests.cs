using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;
using static FrenchNewsNer.Tests.Numbers.NumberTestSupport;

namespace FrenchNewsNer.Tests.Numbers;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("Kim Jong Un a reçu cinq drones explosifs.", "cinq=5")]
    [InlineData("Il a reçu 12 millions de dollars, soit 8.000 de plus.", "12 millions=12000000 | 8.000=8000")]
    [InlineData("Le 35e régiment a fini quatrième.", "35e=35o | quatrième=4o")]
    [InlineData("Vingt-six personnes meurent.", "Vingt-six=26")]
    [InlineData("Trois cent trente et un députés.", "Trois cent trente et un=331")]
    [InlineData("40 000 est le même que 40\u202F000", "40 000=40000 | 40\u202F000=40000")]
    [InlineData("1, 234, 567", "1=1 | 234=234 | 567=567")]
    [InlineData("423 0000 seront reconnus comme deux nombres.", "423=423 | 0000=0 | deux=2")]
    [InlineData("192.168.1.2", "192.168=192168 | 1=1 | 2=2")]
    [InlineData("Score final : 1-0.", "1=1 | 0=0")]
    [InlineData("Il fait -5 degrés (-3 hier).", "-5=-5 | -3=-3")]
    [InlineData("au XXIe siècle, sous la Ve République", "XXIe=21o | Ve=5o")]
    [InlineData("la Seconde Guerre mondiale et le second tour", "Seconde=2o | second=2o")]
    [InlineData("le premier jour", "premier=1o")]
    [InlineData("briguer un troisième mandat", "troisième=3o")]
    [InlineData("un cinquième des voix", "un cinquième=0.2")]
    [InlineData("neuf personnes", "neuf=9")]
    [InlineData("de zéro à dix", "zéro=0 | dix=10")]
    [InlineData("vingt et un ou vingt-deux", "vingt et un=21 | vingt-deux=22")]
    [InlineData("quatre-vingt-quinze; quatre-vingt; quatre-vingt-dix-neuf; quatre-vingts.", "quatre-vingt-quinze=95 | quatre-vingt=80 | quatre-vingt-dix-neuf=99 | quatre-vingts=80")]
    [InlineData("le résultat est ⅙ et parfois ½", "⅙=0.166666666667 | ½=0.5")]
    public void Reports_counts_and_ranks(string text, string expected) =>
        Assert.Equal(expected, NumbersIn(text));

    [Theory]
    [InlineData("plus d'un manifestant", "un=1")]
    [InlineData("moins d'une heure", "une=1")]
    [InlineData("un sur deux", "un sur deux=0.5")]
    [InlineData("un ou deux jours", "un=1 | deux=2")]
    [InlineData("de zéro à un", "zéro=0 | un=1")]
    [InlineData("un million de personnes", "un million=1000000")]
    [InlineData("Un demi-million d'œufs", "Un demi-million=500000")]
    [InlineData("une douzaine d'œufs", "une douzaine=12")]
    [InlineData("un et demi", "un et demi=1.5")]
    public void Reports_un_in_a_numeric_context(string text, string expected) =>
        Assert.Equal(expected, NumbersIn(text));

    [Theory]
    [InlineData("un accord a été trouvé", "")]
    [InlineData("Un accord a été trouvé.", "")]
    [InlineData("Il a reçu un drone de reconnaissance.", "")]
    [InlineData("sous la pluie et un vent glacial", "")]
    [InlineData("l'un des accords", "")]
    [InlineData("L'une des deux", "deux=2")]
    [InlineData("Kim Jong Un", "")]
    [InlineData("Kim Jong Un et Vladimir Poutine", "")]
    [InlineData("un à un", "")]
    [InlineData("un A380 et un Su27", "")]
    [InlineData("Je parlais de l'actuel un", "")]
    public void Does_not_report_un_as_an_article_or_in_a_name(string text, string expected) =>
        Assert.Equal(expected, NumbersIn(text));

    [Theory]
    [InlineData("le G8 et le G20")]
    [InlineData("un écran A380")]
    [InlineData("des drones Geran-25")]
    [InlineData("la gare d'Artiom-Primorsky-1")]
    [InlineData("le liquide de 180ml")]
    [InlineData("une route de 29km")]
    [InlineData("la 5G et la 4G")]
    [InlineData("un écran 4K")]
    [InlineData("à 14h30")]
    [InlineData("à 14h")]
    [InlineData("à 14:30")]
    [InlineData("le 13/09/2023")]
    [InlineData("le 13.09.2023")]
    [InlineData("le 2023-09-13")]
    [InlineData("le 13-09-2023")]
    [InlineData("le 13/09")]
    [InlineData("ouvert 24/7")]
    [InlineData("appelez le 01 23 45 67 89")]
    [InlineData("appelez le +33 1 23 45 67 89")]
    [InlineData("appelez le 06.12.34.56.78")]
    [InlineData("appelez le 06-12-34-56-78")]
    public void Does_not_report_codes_times_dates_and_phone_numbers(string text) =>
        Assert.Equal(string.Empty, NumbersIn(text));

    [Theory]
    [InlineData("voir page 12")]
    [InlineData("voir p. 5")]
    [InlineData("voir pp. 5-7")]
    [InlineData("l'article 49.3")]
    [InlineData("l'article 49-3")]
    [InlineData("l'art. 12")]
    [InlineData("le n° 3")]
    [InlineData("le N°3")]
    [InlineData("les articles 12 et 13")]
    [InlineData("le numéro 5")]
    [InlineData("l'alinéa 2")]
    [InlineData("§ 4")]
    [InlineData("la page douze")]
    public void Does_not_report_page_and_article_numbers(string text) =>
        Assert.Equal(string.Empty, NumbersIn(text));

    [Theory]
    [InlineData("un quart de finale")]
    [InlineData("les huitièmes de finale")]
    [InlineData("le Premier ministre")]
    [InlineData("la Première ministre")]
    [InlineData("un appartement flambant neuf")]
    [InlineData("remis à neuf")]
    [InlineData("quoi de neuf ?")]
    [InlineData("attendez une seconde")]
    [InlineData("sur France 2 et la Ligue 1")]
    [InlineData("Napoléon Ier et Louis XIV")]
    [InlineData("ce qui constituerait une première pour ce pays")]
    [InlineData("C'est une première.")]
    public void Does_not_report_names_and_adjectives_built_on_numbers(string text) =>
        Assert.Equal(string.Empty, NumbersIn(text));

    [Fact]
    public void Keeps_the_numbers_next_to_a_trap()
    {
        Assert.Equal("deux=2", NumbersIn("L'une des deux"));
        Assert.Equal("3=3", NumbersIn("à la page 12, il y a 3 personnes"));
        Assert.Equal("12=12", NumbersIn("le G8 a 12 membres"));
        Assert.Equal("trois=3", NumbersIn("un drone et trois missiles"));
        Assert.Equal("50=50", NumbersIn("50 cents"));
        Assert.Equal("première=1o", NumbersIn("une première étape"));
        Assert.Equal("vingt=20", NumbersIn("vingt cents"));
        Assert.Equal("1 000=1000 | premiers=1o", NumbersIn("les 1 000 premiers inscrits"));
    }

    [Fact]
    public void Proposes_candidates_in_one_pass_without_overlap()
    {
        const string text = "Le 35e jour, 12 millions d'habitants, vingt et un cinquième, un accord, page 3, puis 1 sur 3.";
        var document = Document.Create(text);
        var output = new List<Candidate>();
        new NumberRecognizer(FrenchNumberParser.Standard).Recognize(document, new RecognitionContext(null, EntityKindSet.All), output);
        Assert.All(output, c => Assert.Equal(EntityKind.Number, c.Kind));
        for (var i = 1; i < output.Count; i++)
        {
            Assert.True(output[i - 1].End <= output[i].Start);
        }

        Assert.Equal(
            ["35e=35o", "12 millions=12000000", "vingt et un cinquième=20.2", "1 sur 3=0.333333333333"],
            output.Select(c => Describe(text[c.Start..c.End], ((NumberValue)c.Value!).Number, ((NumberValue)c.Value!).Ordinal)));
    }

    [Fact]
    public void Is_registered_in_the_default_extractor()
    {
        var result = EntityExtractor.Default.Extract("La ville compte 12 millions d'habitants.");
        var number = Assert.Single(result.Entities, e => e.Kind == EntityKind.Number);
        Assert.Equal("12 millions", number.Text);
        Assert.Equal(new NumberValue(12_000_000), number.Value);
    }

    [Fact]
    public void Reports_nothing_when_Number_is_not_asked_for()
    {
        var result = EntityExtractor.Default.Extract("cinq drones", new ExtractionOptions { Kinds = EntityKindSet.Of(EntityKind.Person) });
        Assert.DoesNotContain(result.Entities, e => e.Kind == EntityKind.Number);
    }
}
