using System.Globalization;

namespace FrenchNewsNer.Export;

/// <summary>
/// CoNLL-style IOB2 files: one token per line, <c>TOKEN&lt;TAB&gt;NER&lt;TAB&gt;GIFT</c>, a blank line
/// between sentences. Column 2 tags Person, Organization, Location, Quantity, Date and Number
/// (<c>B-Person</c>, <c>I-Person</c>, <c>O</c>), which never overlap; column 3 tags the Gift layer,
/// which may overlap them. Tokens are cut at every entity boundary (see the README for the rules).
/// What the columns cannot say goes in CoNLL-U-style comment lines (<c># key = value</c>) at the top of the
/// document, which CoNLL-U readers skip: <c># reference_date = YYYY-MM-DD</c>, and for each written entity
/// with a canonical other than its text, an id or a value, <c># entity = KIND START END {json}</c>, its span
/// in code points and its canonical, id and value as FORMAT.md JSON.
/// </summary>
/// <remarks>
/// CoNLL has no offsets and no relations: reading a file back takes the document text, finds each token
/// in it (skipping whitespace only) and rebuilds the spans exactly, then applies the comments; gift events
/// are not carried. An entity that is empty or starts or ends with whitespace has no tokens of its own and
/// cannot be written exactly; in column 2, an entity that overlaps an earlier one is left out.
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
        var written = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        var ner = Tags(tokens, result.Entities, gifts: false, written);
        var gift = Tags(tokens, result.Entities, gifts: true, written);
        WriteComments(output, result, written);
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
    /// <returns>A result with the entities (with the canonicals, ids and values of <c># entity</c> comments), the
    /// reference date of a <c># reference_date</c> comment, and no gift events.</returns>
    /// <exception cref="DataFormatException">A token is not the next text, or a tag is not IOB2 with a known label (the message names the line).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ExtractionResult Read(TextReader conll, string text, string source = "conll")
    {
        ArgumentNullException.ThrowIfNull(conll);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var entities = new List<Entity>();
        var open = new List<OpenEntity?>();
        var notes = new List<(string Note, int Line)>();
        DateOnly? referenceDate = null;
        var cursor = 0;
        var lineNumber = 0;
        while (conll.ReadLine() is { } line)
        {
            lineNumber++;
            if (IsComment(line, out var key, out var value))
            {
                if (key == ReferenceDateKey)
                {
                    referenceDate = EntityNotes.ParseDate(value, source, lineNumber);
                }
                else if (key == EntityKey)
                {
                    notes.Add((value, lineNumber));
                }

                continue;
            }

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

        if (notes.Count > 0)
        {
            var offsets = new CodePointOffsets(text);
            var bySpan = new Dictionary<(EntityKind, int, int), int>();
            for (var i = 0; i < entities.Count; i++)
            {
                bySpan.TryAdd((entities[i].Kind, entities[i].Start, entities[i].End), i);
            }

            foreach (var (note, line) in notes)
            {
                ApplyNote(note, offsets, source, line, entities, bySpan);
            }
        }

        return new ExtractionResult(text, referenceDate, KindLabels.Sorted(entities), []);
    }

    private const string ReferenceDateKey = "reference_date";

    private const string EntityKey = "entity";

    private static void WriteComments(TextWriter output, ExtractionResult result, HashSet<Entity> written)
    {
        if (result.ReferenceDate is { } date)
        {
            output.Write("# " + ReferenceDateKey + " = " + EntityNotes.FormatDate(date) + "\n");
        }

        CodePointOffsets? offsets = null;
        foreach (var entity in result.Entities)
        {
            // In the entities' order, and only for those the columns hold.
            if (EntityNotes.HasNote(entity, withId: true) && written.Contains(entity))
            {
                offsets ??= new CodePointOffsets(result.Text);
                output.Write(FormattableString.Invariant(
                    $"# {EntityKey} = {KindLabels.Of(entity.Kind)} {offsets.ToCodePoint(entity.Start)} {offsets.ToCodePoint(entity.End)} {EntityNotes.Of(entity, withId: true)}\n"));
            }
        }
    }

    /// <summary>A CoNLL-U comment, <c># key = value</c>: a token line never starts with "# " and holds " = ".</summary>
    private static bool IsComment(string line, out string key, out string value)
    {
        key = value = string.Empty;
        if (!line.StartsWith("# ", StringComparison.Ordinal))
        {
            return false;
        }

        var equals = line.IndexOf(" = ", StringComparison.Ordinal);
        if (equals < 0)
        {
            return false;
        }

        key = line[2..equals].Trim();
        value = line[(equals + 3)..];
        return true;
    }

    private static void ApplyNote(string note, CodePointOffsets offsets, string source, int line, List<Entity> entities, Dictionary<(EntityKind, int, int), int> bySpan)
    {
        var parts = note.Split(' ', 4, StringSplitOptions.None);
        if (parts.Length < 4
            || !KindLabels.TryParse(parts[0], out var kind)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            throw new DataFormatException(source, line, "expected '# entity = KIND START END {json}'");
        }

        if (!bySpan.TryGetValue((kind, offsets.ToUtf16(start), offsets.ToUtf16(end)), out var index))
        {
            throw new DataFormatException(source, line, FormattableString.Invariant($"no {kind} tagged at {start}-{end}"));
        }

        entities[index] = EntityNotes.Apply(entities[index], parts[3], source, line);
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

    private static string[] Tags(List<ExportToken> tokens, IReadOnlyList<Entity> entities, bool gifts, HashSet<Entity> written)
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

            written.Add(entity);
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
