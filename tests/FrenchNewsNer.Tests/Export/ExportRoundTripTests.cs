using System.Text;
using System.Text.Json;
using FrenchNewsNer.Export;
using FrenchNewsNer.Tests.Serialization;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Export;

/// <summary>Arbitraries of the export properties: real extractions, and synthetic results in the extractor's order.</summary>
public static class ExportArbitraries
{
    public static Arbitrary<ExtractionResult> Results() => Gen.OneOf(ResultGenerators.Extracted(), ResultGenerators.Synthetic().Select(Sorted)).ToArbitrary();

    /// <summary>Entities in the extractor's order (start, end, kind), as every importer returns them.</summary>
    public static ExtractionResult Sorted(ExtractionResult result) =>
        new(result.Text, result.ReferenceDate, result.Entities.OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Kind).ToArray(), result.Gifts);
}

public class ExportRoundTripTests
{
    private const string Emoji = "🎉 Vladimir Poutine a offert\r\nun fusil à Kim.";

    private static ExtractionResult EmojiResult()
    {
        var person = new Entity(EntityKind.Person, 3, 19, "Vladimir Poutine");
        var gift = new Entity(EntityKind.Gift, 30, 38, "un fusil", value: new GiftValue(1, "fusil"));
        var kim = new Entity(EntityKind.Person, 41, 44, "Kim", canonical: "Kim Jong Un");
        return new ExtractionResult(Emoji, null, [person, gift, kim], [new GiftEvent([gift], "Vladimir Poutine", "Kim Jong Un")]);
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 150)]
    public void Brat_reads_back_exactly_what_it_wrote(ExtractionResult result)
    {
        // brat cannot hold an empty span, so neither an empty entity nor an event whose items are all empty.
        var entities = result.Entities.Where(e => e.Length > 0).ToArray();
        var gifts = result.Gifts
            .Select(g => g with { Items = g.Items.Where(i => i.Length > 0).ToArray() })
            .Where(g => g.Items.Count > 0)
            .ToArray();
        // The reference date is a note on the first entity: a document without one cannot carry it.
        var expected = new ExtractionResult(result.Text, entities.Length > 0 ? result.ReferenceDate : null, entities, gifts);

        var ann = Brat.ToText(result);
        var back = Brat.Read(result.Text, new StringReader(ann));
        Assert.True(ResultGenerators.Same(expected, back), $"{Describe(expected)}\n{Describe(back)}\n{ann}");
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 150)]
    public bool Conll_reads_back_every_span_of_real_extractions(ExtractionResult result)
    {
        if (result.Entities.Any(e => e.Length == 0 || char.IsWhiteSpace(e.Text[0]) || char.IsWhiteSpace(e.Text[^1]) || Overlaps(result, e)))
        {
            return true; // documented: such entities have no whole tokens of their own (synthetic results only)
        }

        var back = Conll.Read(new StringReader(Conll.ToText(result)), result.Text);
        return back.Entities.Select(Key).SequenceEqual(result.Entities.Select(Key));
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 150)]
    public void Conll_reads_back_canonicals_ids_values_and_the_reference_date(ExtractionResult result)
    {
        if (result.Entities.Any(e => e.Length == 0 || char.IsWhiteSpace(e.Text[0]) || char.IsWhiteSpace(e.Text[^1]) || Overlaps(result, e)))
        {
            return; // documented: such entities have no whole tokens of their own (synthetic results only)
        }

        var conll = Conll.ToText(result);
        var back = Conll.Read(new StringReader(conll), result.Text);
        var expected = new ExtractionResult(result.Text, result.ReferenceDate, result.Entities, []);
        Assert.True(ResultGenerators.Same(expected, back), $"{Describe(expected)}\n{Describe(back)}\n{conll}");
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 150)]
    public bool Label_Studio_regions_are_code_point_slices_with_their_kinds(ExtractionResult result)
    {
        using var parsed = JsonDocument.Parse(LabelStudio.ToJson([result]));
        var task = parsed.RootElement[0];
        var codePoints = CodePoints(task.GetProperty("data").GetProperty("text").GetString()!);
        var regions = task.GetProperty("predictions")[0].GetProperty("result").EnumerateArray().ToList();
        return regions.Count == result.Entities.Count
            && regions.Zip(result.Entities).All(pair =>
            {
                var value = pair.First.GetProperty("value");
                var slice = Slice(codePoints, value.GetProperty("start").GetInt32(), value.GetProperty("end").GetInt32());
                return slice == pair.Second.Text
                    && value.GetProperty("text").GetString() == pair.Second.Text
                    && value.GetProperty("labels")[0].GetString() == pair.Second.Kind.ToString();
            });
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 150)]
    public void SpaCy_tokens_rebuild_the_text_and_entities_are_whole_tokens(ExtractionResult result)
    {
        if (result.Entities.Any(e => e.Length == 0 || Overlaps(result, e)))
        {
            return; // spaCy's ents cannot be empty or overlap
        }

        var json = Spacy.ToJson(result);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var codePoints = CodePoints(root.GetProperty("text").GetString()!);
        var tokens = root.GetProperty("tokens").EnumerateArray().Select(t => (Start: t.GetProperty("start").GetInt32(), End: t.GetProperty("end").GetInt32())).ToList();

        // Doc.from_json: words are the token slices, and a token has a trailing space when the next one starts later.
        var rebuilt = new StringBuilder();
        var previousEnd = 0;
        foreach (var (start, end) in tokens)
        {
            Assert.True(start == previousEnd || (start == previousEnd + 1 && codePoints[previousEnd] == " "), json);
            rebuilt.Append(start > previousEnd ? " " : string.Empty).Append(Slice(codePoints, start, end));
            previousEnd = end;
        }

        rebuilt.Append(codePoints.Length > previousEnd ? " " : string.Empty);
        Assert.Equal(result.Text, rebuilt.ToString());

        var starts = tokens.Select(t => t.Start).ToHashSet();
        var ends = tokens.Select(t => t.End).ToHashSet();
        var spans = root.GetProperty("ents").EnumerateArray().Concat(root.GetProperty("spans").GetProperty(Spacy.GiftSpanGroup).EnumerateArray())
            .Select(s => (Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32(), Label: s.GetProperty("label").GetString()))
            .ToList();
        var expected = result.Entities.Where(e => e.Kind != EntityKind.Gift).Concat(result.Entities.Where(e => e.Kind == EntityKind.Gift)).ToList();
        Assert.Equal(expected.Select(e => (e.Text, e.Kind.ToString(), true)), spans.Select(p => (Slice(codePoints, p.Start, p.End), p.Label!, starts.Contains(p.Start) && ends.Contains(p.End))));
    }

    [Fact]
    public void Code_point_formats_count_an_emoji_once_and_keep_CRLF()
    {
        var result = EmojiResult();
        Assert.Equal("un fusil", result.Entities[1].Text);
        Assert.Equal(3, EntityExtractor.Default.Extract(Emoji).Entities.First(e => e.Kind == EntityKind.Person).Start);

        Assert.StartsWith("T1\tPerson 2 18\tVladimir Poutine\n", Brat.ToText(result), StringComparison.Ordinal);
        Assert.Contains("\"start\":2,\"end\":18,\"text\":\"Vladimir Poutine\"", LabelStudio.ToJson([result]), StringComparison.Ordinal);
        Assert.Contains("{\"start\":2,\"end\":18,\"label\":\"Person\"}", Spacy.ToJson(result), StringComparison.Ordinal);

        var conll = Conll.ToText(result);
        Assert.StartsWith(
            "# entity = Gift 29 37 {\"value\":{\"count\":1,\"item\":\"fusil\"}}\n# entity = Person 40 43 {\"canonical\":\"Kim Jong Un\"}\n🎉\tO\tO\nVladimir\tB-Person\tO\nPoutine\tI-Person\tO\n",
            conll,
            StringComparison.Ordinal);
        Assert.Contains("un\tO\tB-Gift\nfusil\tO\tI-Gift\n", conll, StringComparison.Ordinal);
        Assert.Equal(result.Entities.Select(Key), Conll.Read(new StringReader(conll), Emoji).Entities.Select(Key));
    }

    [Fact]
    public void Brat_carries_ids_canonicals_values_and_gift_events()
    {
        var text = "Le président chinois a offert deux pandas à la France, dit Pékin.";
        var pandas = new Entity(EntityKind.Gift, 30, 41, "deux pandas", value: new GiftValue(2, "panda"));
        var france = new Entity(EntityKind.Location, 47, 53, "France") { Id = "iso3166:FR" };
        var pekin = new Entity(EntityKind.Location, 59, 64, "Pékin", canonical: "Chine");
        var result = new ExtractionResult(text, null, [pandas, france, pekin], [new GiftEvent([pandas], "Chine", "France") { GiverMention = new TextSpan(3, 20) }]);

        var ann = Brat.ToText(result);
        Assert.Contains("N1\tReference T2 iso3166:FR\tFrance\n", ann, StringComparison.Ordinal);
        Assert.Contains("E1\tGiftEvent:T4 Item:T1\n", ann, StringComparison.Ordinal);
        Assert.True(ResultGenerators.Same(result, Brat.Read(text, new StringReader(ann))));
    }

    [Theory]
    [InlineData("Vladimir\tB-Person\nPoutime\tI-Person\n", 2, "Poutime")]
    [InlineData("Vladimir\tB-Alien\n", 1, "B-Alien")]
    [InlineData("Vladimir\tPerson\n", 1, "Person")]
    public void Conll_errors_name_the_line(string conll, int line, string what)
    {
        var error = Assert.Throws<DataFormatException>(() => Conll.Read(new StringReader(conll), "Vladimir Poutine", "x.conll"));
        Assert.Equal(line, error.Line);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conll_comments_carry_the_reference_date_and_notes_and_other_comments_are_skipped()
    {
        const string Text = "Kim est arrivé hier.";
        var conll = "# sent_id = 1\n# text = Kim est arrivé hier.\n# reference_date = 2023-09-17\n"
            + "# entity = Person 0 3 {\"canonical\":\"Kim Jong Un\",\"id\":\"wikidata:Q56226\"}\n"
            + "Kim\tB-Person\nest\tO\narrivé\tO\nhier\tB-Date\n.\tO\n";
        var back = Conll.Read(new StringReader(conll), Text);
        Assert.Equal(new DateOnly(2023, 9, 17), back.ReferenceDate);
        var kim = back.Entities[0];
        Assert.Equal(("Kim Jong Un", "wikidata:Q56226"), (kim.Canonical, kim.Id));

        var error = Assert.Throws<DataFormatException>(() => Conll.Read(new StringReader("# entity = Location 0 3 {}\nKim\tB-Person\n"), "Kim", "x.conll"));
        Assert.Equal(1, error.Line);
        var date = Assert.Throws<DataFormatException>(() => Conll.Read(new StringReader("# reference_date = 17/09/2023\nKim\tB-Person\n"), "Kim", "x.conll"));
        Assert.Contains("17/09/2023", date.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conll_reads_other_tools_labels_and_IOB1()
    {
        var back = Conll.Read(new StringReader("-DOCSTART- -X- O O\n\nVladimir I-PER\nPoutine I-PER\nà O\nMoscou B-LOC\n"), "Vladimir Poutine à Moscou");
        Assert.Equal([(EntityKind.Person, 0, 16), (EntityKind.Location, 19, 25)], back.Entities.Select(Key));
    }

    [Fact]
    public void Brat_errors_name_the_line()
    {
        var error = Assert.Throws<DataFormatException>(() => Brat.Read("abc", new StringReader("T1\tPerson 0 2\tab\nT2\tPerson 1 9\tbc\n"), "x.ann"));
        Assert.Equal(2, error.Line);
    }

    private static string Describe(ExtractionResult result) =>
        FrenchNewsNer.Serialization.FormatJson.SerializeDocument(result, null, indented: false);

    private static (EntityKind, int, int) Key(Entity e) => (e.Kind, e.Start, e.End);

    private static bool Overlaps(ExtractionResult result, Entity entity) =>
        result.Entities.Any(o => !ReferenceEquals(o, entity) && (o.Kind == EntityKind.Gift) == (entity.Kind == EntityKind.Gift) && o.Start < entity.End && entity.Start < o.End);

    private static string[] CodePoints(string text)
    {
        var points = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            points.Add(text.Substring(i, length));
            i += length - 1;
        }

        return points.ToArray();
    }

    private static string Slice(string[] codePoints, int start, int end) => string.Concat(codePoints[start..end]);
}
