using FrenchNewsNer.Rules;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Rules;

/// <summary>The engine asks a rule only at tokens its declared start allows, in priority order, and moves past what a rule takes.</summary>
public sealed class RuleEngineTests
{
    [Fact]
    public void Each_kind_of_start_opens_its_rule_at_the_tokens_it_declares()
    {
        var engine = new RuleEngine<Log>(
        [
            new Probe("word", RuleStart.Word("moins", "l'")),
            new Probe("char", RuleStart.Char('-')),
            new Probe("shape", RuleStart.Kind(TokenKind.Word, TokenFlags.Capitalized, TokenFlags.AllCaps)),
            new Probe("digits", RuleStart.Kind(TokenKind.Number)),
            new Probe("test", RuleStart.When(new LongWord())),
        ]);
        var document = Document.Create("Moins - l'ONU a vu Paris et 12 observateurs");

        var opening = Enumerable.Range(0, document.Tokens.Length)
            .Select(i => (document.Text[document.Tokens[i].Start..document.Tokens[i].End], engine.OpeningAt(document, i)))
            .ToList();

        Assert.Equal(
            new (string, ulong)[] { ("Moins", 0b00101UL), ("-", 0b00010UL), ("l'", 0b00001UL), ("ONU", 0UL), ("a", 0UL), ("vu", 0UL), ("Paris", 0b00100UL), ("et", 0UL),
                ("12", 0b01000UL), ("observateurs", 0b10000UL) },
            opening);
    }

    [Fact]
    public void The_first_rule_that_takes_tokens_wins_and_the_scan_moves_past_them()
    {
        var engine = new RuleEngine<Log>(
        [
            new Probe("pair", RuleStart.Kind(TokenKind.Number), take: 2),
            new Probe("digits", RuleStart.Kind(TokenKind.Number), take: 1),
        ]);
        var log = new Log();

        engine.Run(Document.Create("1 2 a 3"), log);

        // "1 2" taken by the first rule; "3" too, though it takes two tokens and one is left; "2" is never asked.
        Assert.Equal(new[] { "pair@0", "pair@3" }, log.Asked);
    }

    [Fact]
    public void Every_rule_dispatch_asks_every_rule_at_every_token_the_scan_admits()
    {
        var engine = new RuleEngine<Log>([new Probe("word", RuleStart.Word("et")), new Probe("char", RuleStart.Char('-'))]);
        var log = new Log { Refused = 1 };

        engine.Run(Document.Create("a - b"), log, RuleDispatch.EveryRule);

        Assert.Equal(new[] { "word@0", "char@0", "word@2", "char@2" }, log.Asked);
    }

    private sealed class Log : IRuleScan
    {
        public List<string> Asked { get; } = [];

        public int Refused { get; init; } = -1;

        public bool Admits(int index) => index != Refused;
    }

    private sealed class Probe(string name, RuleStart start, int take = 0) : ITokenRule<Log>
    {
        public RuleStart Start { get; } = start;

        public int Apply(Log scan, int index)
        {
            scan.Asked.Add($"{name}@{index}");
            return take == 0 ? RuleEngine<Log>.NotHere : index + take;
        }
    }

    private sealed class LongWord : IStartTest
    {
        public bool MayStartAt(Document document, int index, ReadOnlySpan<char> folded) => folded.Length > 10;
    }
}
