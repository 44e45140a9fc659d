using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>Proposes the names a user added through the builder, longest match first at each token.</summary>
internal sealed class CustomGazetteerRecognizer : IEntityRecognizer
{
    private readonly PhraseMatcher<GazetteerEntry> _matcher;

    public CustomGazetteerRecognizer(IEnumerable<GazetteerEntry> entries)
    {
        var builder = new PhraseMatcher<GazetteerEntry>.Builder();
        var produces = EntityKindSet.None;
        foreach (var entry in entries)
        {
            if (builder.Add(entry.Name, entry))
            {
                produces = produces.With(entry.Kind);
            }
        }

        _matcher = builder.Build();
        Produces = produces;
    }

    public EntityKindSet Produces { get; }

    public void Recognize(Document document, RecognitionContext context, List<Candidate> output)
    {
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord && !tokens[i].IsNumber)
            {
                continue;
            }

            if (_matcher.TryMatch(document, i, out var count, out var entry) && context.Kinds.Contains(entry.Kind))
            {
                var last = tokens[i + count - 1];
                output.Add(new Candidate(entry.Kind, tokens[i].Start, last.End, Canonical: entry.Canonical));
                i += count - 1;
            }
        }
    }
}
