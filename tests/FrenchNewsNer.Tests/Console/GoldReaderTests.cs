using System.Text;
using FrenchNewsNer.Sample.Evaluation;
using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Tests.SampleConsole;

public class GoldReaderTests
{
    [Fact]
    public void Reads_the_seed_gold_with_alternatives_optional_values_and_gifts()
    {
        var errors = new StringWriter();
        var documents = GoldReader.ReadFile(RepoPaths.Seed(RepoPaths.SeedGold), new ErrorSink(errors));

        Assert.Equal(string.Empty, errors.ToString());
        var document = Assert.Single(documents);
        Assert.Equal(RepoPaths.SeedText, document.Name);
        Assert.Equal(File.ReadAllText(RepoPaths.Seed(RepoPaths.SeedText)), document.Text);
        Assert.Equal(new DateOnly(2023, 9, 17), document.ReferenceDate);
        Assert.False(document.AnnotatedKinds.Contains(EntityKind.Number));
        Assert.All(document.Entities, e => Assert.Equal(document.Text[e.Start..e.End], e.Text));

        var quantity = document.Entities.First(e => e.Kind == EntityKind.Quantity);
        Assert.Equal(new QuantityValue(250, "km", QuantityDimension.Length, 250000, true), quantity.Value?.ToEntityValue());
        Assert.Equal("environ 250 kilomètres", document.Text[quantity.Alternatives[0].Start..quantity.Alternatives[0].End]);
        Assert.Contains(document.Entities, e => e.Optional && e.Value?.ToEntityValue() is DateValue { Timex: "PAST_REF" });

        var mutual = Assert.Single(document.Gifts, g => g.Mutual);
        Assert.Equal("un fusil", document.Entities[Assert.Single(Assert.Single(mutual.Items))].Text);
    }

    [Fact]
    public void A_gold_without_text_reads_the_document_file_beside_it()
    {
        using var temp = new TempFolder();
        temp.Write("article.txt", "Kim est à Moscou.\r\n");
        var gold = temp.Write("article.gold.json", """
            { "document": "article.txt",
              "entities": [ { "kind": "Location", "start": 10, "end": 16, "text": "Moscou" } ] }
            """);

        var documents = GoldReader.ReadFile(gold, new ErrorSink(new StringWriter()));

        var document = Assert.Single(documents);
        Assert.Equal("Kim est à Moscou.\r\n", document.Text);
        Assert.Equal(GoldDocument.DefaultAnnotatedKinds, document.AnnotatedKinds);
    }

    [Fact]
    public void Problems_in_a_gold_json_name_the_file_and_the_line_of_the_entity_or_gift()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("bad.gold.json", """
            {
              "document": "bad.txt",
              "text": "Kim offre un fusil à Poutine.",
              "referenceDate": "2023-09-31",
              "entities": [
                { "kind": "Person", "start": 0, "end": 3, "text": "Kim" },
                { "kind": "Person", "start": 21, "end": 28, "text": "Putin" },
                { "kind": "Planet", "start": 0, "end": 3 },
                { "kind": "Gift", "start": 10, "end": 18, "text": "un fusil", "value": { "count": "one", "item": "fusil" } },
                { "kind": "Date", "start": 0, "end": 99 }
              ],
              "gifts": [
                { "items": ["un sabre"], "giver": "Kim", "recipient": "Poutine" }
              ]
            }
            """);
        var stderr = new StringWriter();

        var documents = GoldReader.ReadFile(gold, new ErrorSink(stderr), out var failed);

        Assert.Empty(documents);
        Assert.Equal(1, failed);
        Assert.Equal(
            [
                $"error: {gold}:4: referenceDate: '2023-09-31' is not a date; expected YYYY-MM-DD",
                $"error: {gold}:7: entity: \"text\" 'Putin' differs from the document text at [21,28), 'Poutine'",
                $"error: {gold}:8: unknown entity kind 'Planet'",
                $"error: {gold}:9: value of Gift 'un fusil': \"count\" must be an integer",
                $"error: {gold}:10: entity: span [0,99) is outside the text (length 29)",
                $"error: {gold}:13: gift item 'un sabre' is not a Gift entity of this document",
            ],
            Lines(stderr));
    }

    [Fact]
    public void Malformed_json_names_its_line()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("broken.gold.json", "{\n  \"text\": \"x\",\n  \"entities\": [\n    { \"kind\": \"Person\" \"start\": 0 }\n  ]\n}\n");
        var stderr = new StringWriter();

        Assert.Empty(GoldReader.ReadFile(gold, new ErrorSink(stderr)));

        Assert.StartsWith($"error: {gold}:4: malformed JSON", Assert.Single(Lines(stderr)));
    }

    [Fact]
    public void A_bad_line_in_a_gold_jsonl_costs_that_line_only()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("corpus.gold.jsonl", string.Join('\n',
            """{"id":"1","text":"Kim.","entities":[{"kind":"Person","start":0,"end":3}]}""",
            """{"id":"2","text":"Poutine.","entities":[{"kind":"Person","start":0,"end":3,"text":"Kim"}]}""",
            "",
            """{"id":"3","text":"Moscou",""",
            """{"id":"4","entities":[]}""",
            """{"id":"5","text":"Moscou.","annotatedKinds":["Location"],"entities":[{"kind":"Location","start":0,"end":6}]}"""));
        var stderr = new StringWriter();

        var documents = GoldReader.ReadFile(gold, new ErrorSink(stderr), out var failed);

        Assert.Equal(["1", "5"], documents.Select(d => d.Name));
        Assert.Equal([1, 6], documents.Select(d => d.Line));
        Assert.Equal(3, failed);
        var lines = Lines(stderr);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"error: {gold}:2: entity: \"text\" 'Kim' differs", lines[0]);
        Assert.StartsWith($"error: {gold}:4: malformed JSON", lines[1]);
        Assert.StartsWith($"error: {gold}:5: neither \"text\" nor \"document\"", lines[2]);
    }

    [Fact]
    public void A_missing_document_file_and_invalid_UTF8_are_reported_with_their_location()
    {
        using var temp = new TempFolder();
        var missing = temp.Write("a.gold.json", "{\n  \"document\": \"absent.txt\",\n  \"entities\": []\n}");
        var invalid = temp.WriteBytes("b.gold.json", [.. Encoding.UTF8.GetBytes("{\n\"text\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"\n}")]);
        var stderr = new StringWriter();
        var sink = new ErrorSink(stderr);

        Assert.Empty(GoldReader.ReadFile(missing, sink));
        Assert.Empty(GoldReader.ReadFile(invalid, sink));

        var lines = Lines(stderr);
        Assert.Equal($"error: {missing}:2: document text {Path.Combine(temp.Path, "absent.txt")}: no such file", lines[0]);
        Assert.Equal($"error: {invalid}:2: invalid UTF-8", lines[1]);
    }

    [Fact]
    public void Folders_are_searched_recursively_for_gold_files_only()
    {
        using var temp = new TempFolder();
        temp.Write("b/two.gold.jsonl", "");
        temp.Write("a.gold.json", "{}");
        temp.Write("a.txt", "");
        temp.Write("notes.json", "{}");

        var files = GoldReader.FindGoldFiles(temp.Path, new ErrorSink(new StringWriter()));

        Assert.Equal([temp.File("a.gold.json"), temp.File("b/two.gold.jsonl")], files);
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
