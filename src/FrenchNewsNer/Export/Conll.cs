namespace FrenchNewsNer.Export;

/// <summary>
/// CoNLL-style IOB2 files: one token per line, <c>TOKEN&lt;TAB&gt;NER&lt;TAB&gt;GIFT</c>, a blank line
/// between sentences. Column 2 tags Person, Organization, Location, Quantity, Date and Number
/// (<c>B-Person</c>, <c>I-Person</c>, <c>O</c>), which never overlap; column 3 tags the Gift layer,
/// which may overlap them. Tokens are cut at every entity boundary (see the README for the rules).
/// </summary>
/// <remarks>
/// CoNLL has no offsets, no values and no relations: reading a file back takes the document text,
/// finds each token in it (skipping whitespace only) and rebuilds the spans exactly; canonical names,
/// values, ids and gift events are not carried. An entity that is empty or starts or ends with
/// whitespace has no tokens of its own and cannot be written exactly; in column 2, an entity that
/// overlaps an earlier one is left out.
/// </remarks>
public static class Conll
{
    /// <summary>The line that separates documents in a multi-document file (CoNLL-2003 style); readers skip it.</summary>
    public const string DocumentSeparator = "-DOCSTART-\tO\tO";

    /// <summary>Writes the tokens of <paramref name="result"/> with their IOB2 tags.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The extraction result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var tokens = ExportTokens.Tokenize(result.Text, result.Entities);
        var ner = Tags(tokens, result.Entities, gifts: false);
        var gift = Tags(tokens, result.Entities, gifts: true);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.StartsSentence && t > 0)
            {
                output.Write('\n');
            }

            output.Write(result.Text.AsSpan(token.Start, token.End - token.Start));
            output.Write('\t');
            output.Write(ner[t]);
            output.Write('\t');
            output.Write(gift[t]);
            output.Write('\n');
        }
    }

    /// <summary>The CoNLL text of <paramref name="result"/>.</summary>
    /// <param name="result">The extraction result.</param>
    /// <returns>The file contents.</returns>
    public static string ToText(ExtractionResult result)
    {
        var writer = new StringWriter();
        Write(writer, result);
        return writer.ToString();
    }

    /// <summary>
    /// Reads an IOB2 file (tab- or space-separated; the first column is the token, every further column a
    /// layer of tags) back onto <paramref name="text"/>, the document it was written from. Labels are
    /// FORMAT.md kind names in any case, or PER, ORG, LOC, GPE, TIME, MONEY, PERCENT, CARDINAL, ORDINAL.
    /// An <c>I-</c> tag without an open entity of its label starts one (IOB1 files read too).
    /// </summary>
    /// <param name="conll">The file.</param>
    /// <param name="text">The document text.</param>
    /// <param name="source">The file name, for errors.</param>
    /// <returns>A result with the entities (canonical = text, no values) and no gift events.</returns>
    /// <exception cref="DataFormatException">A token is not the next text, or a tag is not IOB2 with a known label (the message names the line).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ExtractionResult Read(TextReader conll, string text, string source = "conll")
    {
        ArgumentNullException.ThrowIfNull(conll);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var entities = new List<Entity>();
        var open = new List<OpenEntity?>();
        var cursor = 0;
        var lineNumber = 0;
        while (conll.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var columns = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var token = columns[0];
            while (cursor < text.Length && char.IsWhiteSpace(text[cursor]) && !text.AsSpan(cursor).StartsWith(token, StringComparison.Ordinal))
            {
                cursor++;
            }

            if (token.Length == 0 || !text.AsSpan(cursor).StartsWith(token, StringComparison.Ordinal))
            {
                throw new DataFormatException(source, lineNumber, $"token '{token}' is not the text at offset {cursor}");
            }

            var start = cursor;
            cursor += token.Length;
            for (var layer = 1; layer < columns.Length; layer++)
            {
                while (open.Count < layer)
                {
                    open.Add(null);
                }

                ReadTag(columns[layer], source, lineNumber, start, cursor, open, layer - 1, entities, text);
            }
        }

        for (var layer = 0; layer < open.Count; layer++)
        {
            Close(open, layer, entities, text);
        }

        return new ExtractionResult(text, null, KindLabels.Sorted(entities), []);
    }

    private static void ReadTag(string tag, string source, int line, int start, int end, List<OpenEntity?> open, int layer, List<Entity> entities, string text)
    {
        if (tag == "O")
        {
            Close(open, layer, entities, text);
            return;
        }

        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I') || !KindLabels.TryParse(tag[2..], out var kind))
        {
            throw new DataFormatException(source, line, $"tag '{tag}' is not O, B-KIND or I-KIND with a known kind");
        }

        if (tag[0] == 'I' && open[layer] is { } current && current.Kind == kind)
        {
            open[layer] = current with { End = end };
            return;
        }

        Close(open, layer, entities, text);
        open[layer] = new OpenEntity(kind, start, end);
    }

    private static void Close(List<OpenEntity?> open, int layer, List<Entity> entities, string text)
    {
        if (open[layer] is { } entity)
        {
            entities.Add(new Entity(entity.Kind, entity.Start, entity.End, text[entity.Start..entity.End]));
            open[layer] = null;
        }
    }

    private static string[] Tags(List<ExportToken> tokens, IReadOnlyList<Entity> entities, bool gifts)
    {
        var tags = new string[tokens.Count];
        Array.Fill(tags, "O");
        foreach (var entity in entities)
        {
            if ((entity.Kind == EntityKind.Gift) != gifts)
            {
                continue;
            }

            // Tokens are cut at the entity's start, so the entity's first token starts there (or after leading spaces).
            var first = FirstTokenAtOrAfter(tokens, entity.Start);
            var last = first;
            while (last < tokens.Count && tokens[last].End <= entity.End)
            {
                last++;
            }

            if (last == first || HasTag(tags, first, last))
            {
                continue;
            }

            var label = KindLabels.Of(entity.Kind);
            tags[first] = "B-" + label;
            for (var t = first + 1; t < last; t++)
            {
                tags[t] = "I-" + label;
            }
        }

        return tags;
    }

    private static int FirstTokenAtOrAfter(List<ExportToken> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool HasTag(string[] tags, int first, int last)
    {
        for (var t = first; t < last; t++)
        {
            if (tags[t] != "O")
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct OpenEntity(EntityKind Kind, int Start, int End);
}
