using FrenchNewsNer.Names.Gazetteers;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Names;

/// <summary>
/// The optional id column of gazetteer TSV files: user files (kind, name, canonical, id), the generated
/// places and the curated places, organisations and persons. A well-formed id reaches the mentions; a
/// malformed one is a <see cref="DataFormatException"/> naming the file and line.
/// </summary>
public class GazetteerIdColumnTests
{
    private const string UserHeader = "kind\tname\tcanonical\tid\n";

    // Ids that are not scheme:value: no colon, an empty side, white space, a scheme that is not ASCII.
    private static readonly string[] MalformedIds = ["1234", ":1234", "crm:", "crm:12 34", "crm 1:2", "é:1", "1crm:2"];

    [Property(MaxTest = 50)]
    public Property A_malformed_user_id_names_the_file_and_its_line() =>
        Prop.ForAll(Gen.Choose(0, 6).ToArbitrary(), Gen.Elements(MalformedIds).ToArbitrary(), (validRows, id) =>
        {
            var rows = string.Concat(Enumerable.Range(0, validRows).Select(i => $"Location\tZorvanie{i}\t\tcrm:{i}\n"));
            var tsv = "# user names\n" + UserHeader + rows + $"Organization\tZorblax\t\t{id}\n";
            var error = Assert.Throws<DataFormatException>(() => new EntityExtractorBuilder().AddGazetteer(new StringReader(tsv), "names.tsv"));
            return error.SourceName == "names.tsv" && error.Line == validRows + 3 && error.Message.StartsWith($"names.tsv:{validRows + 3}: ", StringComparison.Ordinal);
        });

    [Property(MaxTest = 30)]
    public Property A_well_formed_user_id_reaches_every_mention() =>
        Prop.ForAll(Gen.Choose(1, 99999).ToArbitrary(), number =>
        {
            var tsv = UserHeader + $"Organization\tZorblax\t\tcrm:{number}\nOrganization\tGroupe Zorblax\tZorblax\tcrm:{number}\n";
            var extractor = new EntityExtractorBuilder().AddGazetteer(new StringReader(tsv), "names.tsv").Build();
            var entities = extractor.Extract("Zorblax recrute. Le groupe Zorblax grandit.").Entities.Where(e => e.Text.Contains("Zorblax", StringComparison.Ordinal)).ToList();
            return entities.Count == 2 && entities.All(e => e.Id == $"crm:{number}");
        });

    [Fact]
    public void A_user_file_without_the_id_column_still_reads()
    {
        var extractor = new EntityExtractorBuilder().AddGazetteer(new StringReader("kind\tname\nLocation\tZorvanie\n"), "names.tsv").Build();
        var place = Assert.Single(extractor.Extract("Il vit en Zorvanie.").Entities);
        Assert.Null(place.Id);
    }

    [Fact]
    public void A_gazetteer_entry_with_a_malformed_id_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new EntityExtractorBuilder().AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "Zorbec") { Id = "no id" }));
    }

    [Fact]
    public void Generated_places_read_their_id_column_and_a_malformed_id_names_the_line()
    {
        const string header = "name\ttype\tpopulation\tcountry\tcanonical\tid\n";
        var ids = new PlaceIdCollector();
        var places = GazetteerFiles.ReadPlaces(
            new StringReader(header + "Kyiv\tcity\t2797553\tUA\t\tgeonames:703448\n"), "places.tsv.gz", new StringReader("canonical\ttype\tcountry\tacronyms\taliases\tid\nKiev\tcity\tUA\t\tKyiv\t\n"), "places-extra.tsv", ids);
        Assert.True(places.TryGet("Kiev", out var kiev));
        Assert.Equal("geonames:703448", kiev.Primary.Id); // the curated city takes the id of the generated one it replaces
        Assert.Equal("geonames:703448", ids.ToDictionary()["Kiev"]);

        var error = Assert.Throws<DataFormatException>(() => GazetteerFiles.ReadPlaces(
            new StringReader(header + "Kyiv\tcity\t1\tUA\t\tgeonames:1\nLviv\tcity\t1\tUA\t\t703448\n"), "places.tsv.gz", new StringReader("canonical\ttype\n"), "places-extra.tsv"));
        Assert.Equal(("places.tsv.gz", 3), (error.SourceName, error.Line));
    }

    [Theory]
    [InlineData("canonical\ttype\tcountry\tacronyms\taliases\tid\nKiev\tcity\tUA\t\t\tgeonames 1\n", "places-extra.tsv")]
    [InlineData("canonical\ttype\tcountry\tacronyms\taliases\tid\nZorblax\tcompany\tFR\t\t\tcrm\n", "organizations.tsv")]
    [InlineData("canonical\tgender\trole\tcountry\taliases\tid\nPaul Zorbec\tm\tother\tFR\t\t:Q1\n", "persons.tsv")]
    public void A_malformed_curated_id_names_the_file_and_line(string text, string file)
    {
        Action read = file switch
        {
            "places-extra.tsv" => () => GazetteerFiles.ReadPlaces(new StringReader("name\ttype\tpopulation\tcountry\tcanonical\n"), "places.tsv.gz", new StringReader(text), file),
            "organizations.tsv" => () => GazetteerFiles.ReadOrganizations(new StringReader(text), file),
            _ => () => GazetteerFiles.ReadPersons(new StringReader(text), file),
        };
        var error = Assert.Throws<DataFormatException>(read);
        Assert.Equal((file, 2), (error.SourceName, error.Line));
        Assert.Contains("id", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Curated_ids_are_given_by_canonical_name()
    {
        var ids = new Dictionary<string, string>();
        GazetteerFiles.ReadOrganizations(new StringReader("canonical\ttype\tcountry\tacronyms\taliases\tid\nZorblax\tcompany\tFR\tZBX\t\twikidata:Q1\n"), "organizations.tsv", ids);
        Assert.Equal("wikidata:Q1", ids["Zorblax"]);
    }
}
