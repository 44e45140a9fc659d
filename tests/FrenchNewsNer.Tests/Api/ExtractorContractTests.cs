namespace FrenchNewsNer.Tests.Api;

public class ExtractorContractTests
{
    private static readonly EntityExtractor Places = new EntityExtractorBuilder()
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "Corée du Nord"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "RPDC", "Corée du Nord"))
        .AddGazetteerEntry(new GazetteerEntry(EntityKind.Organization, "Ria Novosti"))
        .Build();

    [Fact]
    public void Null_text_is_an_argument_null_exception()
    {
        Assert.Throws<ArgumentNullException>("text", () => EntityExtractor.Default.Extract(null!));
        Assert.Throws<ArgumentNullException>("documents", () => EntityExtractor.Default.ExtractBatch(null!).ToList());
    }

    [Fact]
    public void Empty_text_gives_an_empty_result()
    {
        var result = EntityExtractor.Default.Extract(string.Empty, new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17) });
        Assert.Empty(result.Entities);
        Assert.Empty(result.Gifts);
        Assert.Equal(new DateOnly(2023, 9, 17), result.ReferenceDate);
    }

    [Fact]
    public void Custom_gazetteer_entries_are_found_with_their_canonical_name()
    {
        const string text = "La RPDC, ou Corée du Nord, selon l'agence Ria Novosti.";
        var result = Places.Extract(text);
        Assert.Collection(
            result.Entities,
            e => Assert.Equal((EntityKind.Location, "RPDC", "Corée du Nord"), (e.Kind, e.Text, e.Canonical)),
            e => Assert.Equal((EntityKind.Location, "Corée du Nord", "Corée du Nord"), (e.Kind, e.Text, e.Canonical)),
            e => Assert.Equal((EntityKind.Organization, "Ria Novosti", "Ria Novosti"), (e.Kind, e.Text, e.Canonical)));
        Assert.All(result.Entities, e => Assert.Equal(e.Text, text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public void A_capitalised_gazetteer_name_does_not_match_a_lower_case_word()
    {
        var extractor = new EntityExtractorBuilder().AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "Nice")).Build();
        Assert.Single(extractor.Extract("Il vit à Nice, une ville nice.").Entities);
    }

    [Fact]
    public void Options_narrow_the_kinds_reported()
    {
        var result = Places.Extract("La RPDC selon Ria Novosti.", new ExtractionOptions { Kinds = EntityKindSet.Of(EntityKind.Organization) });
        Assert.Equal(EntityKind.Organization, Assert.Single(result.Entities).Kind);
    }

    [Fact]
    public void The_builder_can_turn_kinds_off()
    {
        var extractor = new EntityExtractorBuilder()
            .AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "Moscou"))
            .DisableKind(EntityKind.Location)
            .Build();
        Assert.False(extractor.Kinds.Contains(EntityKind.Location));
        Assert.Empty(extractor.Extract("Moscou").Entities);
    }

    [Fact]
    public void Gazetteer_tsv_is_read_with_header_and_optional_canonical()
    {
        var tsv = "# names used in tests\nkind\tname\tcanonical\nLocation\tRPDC\tCorée du Nord\nPerson\tKim Jong Un\n";
        var extractor = new EntityExtractorBuilder().AddGazetteer(new StringReader(tsv), "names.tsv").Build();
        var result = extractor.Extract("Kim Jong Un dirige la RPDC.");
        Assert.Equal(["Kim Jong Un", "Corée du Nord"], result.Entities.Select(e => e.Canonical));
    }

    [Theory]
    [InlineData("kind\tname\nPlanet\tMars\n", "names.tsv:2: unknown kind 'Planet'")]
    [InlineData("kind\tname\nLocation\n", "names.tsv:2: 1 field(s)")]
    [InlineData("kind\tname\nLocation\tZemblanie\nQuantity\tdix km\n", "names.tsv:3: a gazetteer entry must be a Person, Organization or Location")]
    [InlineData("name\tkind\nZemblanie\tLocation\n", "names.tsv:1: expected a header")]
    [InlineData("kind\tname\nLocation\t \n", "names.tsv:2: the required field 'name' is empty")]
    [InlineData("", "names.tsv: no header line")]
    public void A_malformed_gazetteer_line_names_file_and_line_and_adds_nothing(string tsv, string expectedStart)
    {
        var builder = new EntityExtractorBuilder();
        var error = Assert.Throws<DataFormatException>(() => builder.AddGazetteer(new StringReader(tsv), "names.tsv"));
        Assert.StartsWith(expectedStart, error.Message);
        // Invented names: the built-in gazetteers know Moscou, so only a name no list holds shows that nothing was added.
        Assert.Empty(builder.Build().Extract("Zemblanie, Mars").Entities);
    }

    [Fact]
    public void A_missing_gazetteer_file_is_an_io_error()
    {
        Assert.ThrowsAny<IOException>(() => new EntityExtractorBuilder().AddGazetteerFile("/nonexistent/names.tsv"));
    }

    [Fact]
    public void Invalid_entries_are_rejected_by_the_builder()
    {
        var builder = new EntityExtractorBuilder();
        Assert.Throws<ArgumentException>(() => builder.AddGazetteerEntry(new GazetteerEntry(EntityKind.Date, "lundi")));
        Assert.Throws<ArgumentException>(() => builder.AddGazetteerEntry(new GazetteerEntry(EntityKind.Person, "  ")));
        Assert.Throws<ArgumentNullException>(() => builder.AddGazetteerEntry(null!));
    }

    [Fact]
    public void What_was_built_does_not_change_when_the_builder_goes_on()
    {
        // Invented names, which no built-in gazetteer or rule finds on its own.
        var builder = new EntityExtractorBuilder().AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "Zemblanie"));
        var first = builder.Build();
        builder.AddGazetteerEntry(new GazetteerEntry(EntityKind.Location, "Ruritanie"));
        Assert.Single(first.Extract("Zemblanie et Ruritanie").Entities);
        Assert.Equal(2, builder.Build().Extract("Zemblanie et Ruritanie").Entities.Count);
    }

    [Fact]
    public void Batch_results_come_back_in_input_order()
    {
        var documents = Enumerable.Range(0, 500)
            .Select(i => new BatchDocument(new string(' ', i % 7) + (i % 2 == 0 ? "Moscou et la RPDC" : "Ria Novosti") + " #" + i))
            .ToList();
        var results = Places.ExtractBatch(documents, maxDegreeOfParallelism: 4).ToList();
        Assert.Equal(documents.Count, results.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Same(documents[i].Text, results[i].Text);
            Assert.Equal(Places.Extract(documents[i].Text).Entities, results[i].Entities);
        }
    }

    [Fact]
    public void Batch_streams_an_endless_feed()
    {
        static IEnumerable<BatchDocument> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return new BatchDocument("RPDC " + i);
            }
        }

        var first = Places.ExtractBatch(Endless(), maxDegreeOfParallelism: 2).Take(1000).ToList();
        Assert.Equal(1000, first.Count);
        Assert.Equal("RPDC 999", first[^1].Text);
    }

    [Fact]
    public void Batch_surfaces_a_failing_input_after_the_results_before_it()
    {
        static IEnumerable<BatchDocument> Failing()
        {
            yield return new BatchDocument("RPDC");
            throw new InvalidOperationException("feed broke");
        }

        using var results = Places.ExtractBatch(Failing(), maxDegreeOfParallelism: 2).GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.Equal("RPDC", results.Current.Text);
        Assert.Throws<InvalidOperationException>(() => results.MoveNext());
    }

    [Fact]
    public void One_extractor_gives_the_same_results_on_many_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Selon Ria Novosti, la RPDC ({i}) et la Corée du Nord.").ToArray();
        var expected = texts.Select(t => Places.Extract(t).Entities).ToArray();
        var actual = new IReadOnlyList<Entity>[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Places.Extract(texts[i]).Entities);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}
