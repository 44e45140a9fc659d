using System.Text.Json;

namespace FrenchNewsNer.Export;

/// <summary>
/// spaCy's document JSON, the shape <c>Doc.to_json()</c> writes and <c>Doc.from_json()</c> reads:
/// <c>{"text", "ents": [{"start", "end", "label", "kb_id"}], "spans": {"gift": [{"start", "end", "label"}]},
/// "tokens": [{"id", "start", "end"}]}</c>, offsets in Unicode code points as Python counts them. Gift
/// entities go to the <c>gift</c> span group because <c>doc.ents</c> cannot overlap; <c>kb_id</c> is the
/// entity's id when known. Tokens follow the CoNLL export's rules and spaCy's whitespace convention (one
/// space after a token is its trailing whitespace; any other whitespace is a token of its own), so every
/// entity is a whole number of tokens and the text rebuilds exactly.
/// </summary>
public static class Spacy
{
    /// <summary>The span group that holds the Gift entities.</summary>
    public const string GiftSpanGroup = "gift";

    /// <summary>Writes the document JSON of <paramref name="result"/>.</summary>
    /// <param name="writer">The writer, where a value may start.</param>
    /// <param name="result">The extraction result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteDocument(Utf8JsonWriter writer, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var offsets = new CodePointOffsets(result.Text);
        writer.WriteStartObject();
        writer.WriteString("text", result.Text);
        writer.WriteStartArray("ents");
        WriteSpans(writer, result.Entities, offsets, gifts: false);
        writer.WriteEndArray();
        writer.WriteStartObject("spans");
        writer.WriteStartArray(GiftSpanGroup);
        WriteSpans(writer, result.Entities, offsets, gifts: true);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("tokens");
        var id = 0;
        foreach (var (start, end) in Tokens(result))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id++);
            writer.WriteNumber("start", offsets.ToCodePoint(start));
            writer.WriteNumber("end", offsets.ToCodePoint(end));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The document JSON of <paramref name="result"/> as one line.</summary>
    /// <param name="result">The extraction result.</param>
    /// <returns>The JSON (compact, French letters unescaped): one line of a JSON Lines file.</returns>
    public static string ToJson(ExtractionResult result) => ExportJson.Serialize(writer => WriteDocument(writer, result));

    private static void WriteSpans(Utf8JsonWriter writer, IReadOnlyList<Entity> entities, CodePointOffsets offsets, bool gifts)
    {
        foreach (var entity in entities)
        {
            if ((entity.Kind == EntityKind.Gift) != gifts)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteNumber("start", offsets.ToCodePoint(entity.Start));
            writer.WriteNumber("end", offsets.ToCodePoint(entity.End));
            writer.WriteString("label", KindLabels.Of(entity.Kind));
            if (entity.Id is not null)
            {
                writer.WriteString("kb_id", entity.Id);
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>
    /// The word tokens, with the whitespace that is not one trailing space as tokens of its own, cut at
    /// entity boundaries too (an entity may start or end on whitespace).
    /// </summary>
    private static IEnumerable<(int Start, int End)> Tokens(ExtractionResult result)
    {
        var text = result.Text;
        var starts = new HashSet<int>();
        var boundaries = new SortedSet<int>();
        foreach (var entity in result.Entities)
        {
            starts.Add(entity.Start);
            boundaries.Add(entity.Start);
            boundaries.Add(entity.End);
        }

        var previousEnd = -1;
        foreach (var token in ExportTokens.Tokenize(text, result.Entities))
        {
            foreach (var gap in Whitespace(text, previousEnd, token.Start, starts, boundaries))
            {
                yield return gap;
            }

            yield return (token.Start, token.End);
            previousEnd = token.End;
        }

        foreach (var gap in Whitespace(text, previousEnd, text.Length, starts, boundaries))
        {
            yield return gap;
        }
    }

    private static IEnumerable<(int Start, int End)> Whitespace(string text, int previousEnd, int next, HashSet<int> starts, SortedSet<int> boundaries)
    {
        var start = Math.Max(previousEnd, 0);
        if (previousEnd >= 0 && start < next && text[start] == ' ' && !starts.Contains(start) && !boundaries.Contains(start + 1))
        {
            start++; // the previous token's trailing space, which no entity starts at or ends after
        }

        foreach (var cut in boundaries.GetViewBetween(start + 1, Math.Max(start + 1, next - 1)))
        {
            if (cut > start && cut < next)
            {
                yield return (start, cut);
                start = cut;
            }
        }

        if (start < next)
        {
            yield return (start, next);
        }
    }
}
