using System.Globalization;
using System.Text;

namespace FrenchNewsNer.Tests.News;

/// <summary>An entity planted in a generated sentence: what the extractor must report for it.</summary>
/// <param name="Kind">Its FORMAT.md kind.</param>
/// <param name="Text">Its exact span text.</param>
/// <param name="Canonical">The canonical name expected, or null when the family does not check it.</param>
/// <param name="Value">The value expected (numbers, quantities, dates), or null.</param>
/// <param name="Family">The family of generator it comes from, named in failures ("invented person", "quantity").</param>
internal sealed record Planted(EntityKind Kind, string Text, string? Canonical, EntityValue? Value, string Family);

/// <summary>One piece of a sentence: literal words (droppable or not when shrinking) or a planted entity.</summary>
internal abstract record Piece
{
    public abstract string Text { get; }
}

/// <summary>Literal text; a droppable piece may go when a failing case shrinks, the sentence staying grammatical enough.</summary>
internal sealed record Words(string Value, bool Droppable = false) : Piece
{
    public override string Text => Value;
}

/// <summary>A planted entity in the sentence.</summary>
internal sealed record Plant(Planted Entity) : Piece
{
    public override string Text => Entity.Text;
}

/// <summary>A generated sentence: its pieces concatenate to its text.</summary>
internal sealed record NewsSentence(IReadOnlyList<Piece> Pieces)
{
    public string Text => string.Concat(Pieces.Select(p => p.Text));

    /// <summary>The sentence with each droppable piece left out, one at a time.</summary>
    public IEnumerable<NewsSentence> Smaller() =>
        Pieces.Select((piece, i) => (piece, i))
            .Where(p => p.piece is Words { Droppable: true })
            .Select(p => new NewsSentence(Pieces.Where((_, j) => j != p.i).ToArray()));
}

/// <summary>
/// A generated news text with its gold by construction: sentences joined by spaces, the reference
/// date the dates resolve against, and every planted entity with its offsets. Prints as its text, so
/// that a failing property shows the (shrunk) news text itself.
/// </summary>
internal sealed record NewsDocument(IReadOnlyList<NewsSentence> Sentences, DateOnly Reference)
{
    public string Text => string.Join(" ", Sentences.Select(s => s.Text));

    /// <summary>Every planted entity with its start offset in <see cref="Text"/>.</summary>
    public IEnumerable<(Planted Entity, int Start)> Plants()
    {
        var offset = 0;
        foreach (var sentence in Sentences)
        {
            foreach (var piece in sentence.Pieces)
            {
                if (piece is Plant plant)
                {
                    yield return (plant.Entity, offset);
                }

                offset += piece.Text.Length;
            }

            offset++;
        }
    }

    public ExtractionOptions Options => new() { ReferenceDate = Reference };

    /// <summary>Smaller documents: one sentence fewer, then one droppable piece fewer in one sentence.</summary>
    public IEnumerable<NewsDocument> Shrink()
    {
        if (Sentences.Count > 1)
        {
            for (var i = 0; i < Sentences.Count; i++)
            {
                yield return this with { Sentences = Sentences.Where((_, j) => j != i).ToArray() };
            }
        }

        for (var i = 0; i < Sentences.Count; i++)
        {
            foreach (var smaller in Sentences[i].Smaller())
            {
                var sentences = Sentences.ToArray();
                sentences[i] = smaller;
                yield return this with { Sentences = sentences };
            }
        }
    }

    public override string ToString() =>
        new StringBuilder("\"").Append(Text).Append("\" (reference ")
            .Append(Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(')').ToString();
}
