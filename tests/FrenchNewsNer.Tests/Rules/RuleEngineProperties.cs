using System.Text.Json;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Quantities;
using FrenchNewsNer.Rules;
using FrenchNewsNer.Tests.News;
using FrenchNewsNer.Tests.Robustness;
using FrenchNewsNer.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Rules;

/// <summary>
/// The engine's index only turns away rules that would read nothing: every family run on the engine
/// proposes the same candidates when each rule is asked only where its declared start holds as when every
/// rule is asked at every token. One check for every family, so no family tests a filter of its own.
/// </summary>
[Properties(MaxTest = 200)]
public sealed class RuleEngineProperties
{
    // Every family that runs on the engine, with each number reader it may be built with.
    private static readonly IRuleRecognizer[] Families =
    [
        new QuantityRecognizer(FrenchNumberParser.Standard),
        new QuantityRecognizer(BelgianFrenchNumberParser.Instance),
        new QuantityRecognizer(SwissFrenchNumberParser.Instance),
    ];

    [Property]
    public Property Indexed_rules_find_what_every_rule_at_every_token_finds_in_generated_news() =>
        Prop.ForAll(NewsTextGenerators.NewsOrMutated(), text => SameEitherWay(text));

    [Property]
    public Property Indexed_rules_find_what_every_rule_at_every_token_finds_in_news_with_quantities() =>
        Prop.ForAll(
            NewsGenerators.Documents(_ => NewsGenerators.QuantitySentence(), _ => NewsGenerators.NeutralSentence(), NewsGenerators.DateSentence),
            document => SameEitherWay(document.Text));

    [Fact]
    public void Indexed_rules_find_what_every_rule_at_every_token_finds_in_the_snapshot_paragraphs()
    {
        // Found from the test assembly (as the snapshot tests find it), never from the working directory.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "FrenchNewsNer.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("FrenchNewsNer.sln not found above " + AppContext.BaseDirectory);
        }

        var path = Path.Combine(root.FullName, "tests", "FrenchNewsNer.Tests", "Snapshots", "Data", "corpus-paragraphs.jsonl");
        var found = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            Assert.True(SameEitherWay(text), text);
            found += Run(Families[0], text, RuleDispatch.Indexed).Count;
        }

        // The paragraphs hold quantities, so the comparison is not between two empty lists.
        Assert.True(found >= 10, $"{found} candidates");
    }

    private static bool SameEitherWay(string text)
    {
        foreach (var family in Families)
        {
            if (!Run(family, text, RuleDispatch.Indexed).SequenceEqual(Run(family, text, RuleDispatch.EveryRule)))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Candidate> Run(IRuleRecognizer family, string text, RuleDispatch dispatch)
    {
        // A fresh document each time: the number reader's memo lives on the document.
        var document = Document.Create(text);
        var output = new List<Candidate>();
        family.Recognize(document, new RecognitionContext(null, EntityKindSet.All), output, dispatch);
        return output;
    }
}
