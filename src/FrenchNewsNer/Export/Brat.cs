using System.Globalization;
using System.Text;
using System.Text.Json;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer.Export;

/// <summary>
/// brat standoff: the document's text is the <c>.txt</c> file, and <see cref="Write"/> writes its
/// <c>.ann</c>. Offsets are Unicode code points, as brat counts them. Each entity is a text-bound
/// <c>T</c> line (split into fragments at line breaks inside it); its id a normalisation
/// <c>N… Reference T… ID</c>; its canonical name (when it differs from the text) and value an
/// <c>AnnotatorNotes</c> line holding FORMAT.md JSON. A gift event is an event <c>E… GiftEvent:T… Item:T…
/// Item2:T…</c> whose trigger is a <c>GiftEvent</c> span over its first item, and whose giver, recipient,
/// mutual flag and mentions (code points) are FORMAT.md JSON in its <c>AnnotatorNotes</c>. brat has no
/// document-level annotation, so the reference date is one more <c>AnnotatorNotes</c> on <c>T1</c>,
/// <c>{"referenceDate":"YYYY-MM-DD"}</c> (brat shows it as a note; a document without entities cannot carry it).
/// </summary>
/// <remarks>
/// <see cref="Read"/> gives back exactly what was written, except empty entities and gift events
/// without items, which brat cannot hold and which are not written. <see cref="AnnotationConfig"/> is an
/// <c>annotation.conf</c> that declares these types.
/// </remarks>
public static class Brat
{
    /// <summary>The entity type of gift-event triggers.</summary>
    public const string GiftEventType = "GiftEvent";

    /// <summary>An <c>annotation.conf</c> for the files <see cref="Write"/> produces.</summary>
    public const string AnnotationConfig = """
        [entities]
        Person
        Organization
        Location
        Quantity
        Date
        Number
        Gift

        [relations]

        [events]
        GiftEvent	Item+:Gift

        [attributes]

        """;

    /// <summary>Writes the <c>.ann</c> annotations of <paramref name="result"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The extraction result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter output, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Text;
        var offsets = new CodePointOffsets(text);
        var ids = new Dictionary<Entity, int>(ReferenceEqualityComparer.Instance);
        int t = 0, n = 0, note = 0;
        foreach (var entity in result.Entities)
        {
            if (entity.Length == 0)
            {
                continue;
            }

            ids[entity] = ++t;
            WriteTextBound(output, t, KindLabels.Of(entity.Kind), entity.Start, entity.End, text, offsets);
            if (entity.Id is not null)
            {
                output.Write(FormattableString.Invariant($"N{++n}\tReference T{t} {entity.Id}\t{OneLine(entity.Canonical)}\n"));
            }

            if (EntityNotes.HasNote(entity, withId: false))
            {
                output.Write(FormattableString.Invariant($"#{++note}\tAnnotatorNotes T{t}\t{EntityNotes.Of(entity, withId: false)}\n"));
            }
        }

        // brat has no document-level annotation: the reference date is a note on the first entity.
        if (result.ReferenceDate is { } referenceDate && t > 0)
        {
            output.Write(FormattableString.Invariant($"#{++note}\tAnnotatorNotes T1\t{EntityNotes.OfReferenceDate(referenceDate)}\n"));
        }

        var e = 0;
        foreach (var gift in result.Gifts)
        {
            var items = gift.Items.Where(ids.ContainsKey).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var trigger = ++t;
            WriteTextBound(output, trigger, GiftEventType, items[0].Start, items[0].End, text, offsets);
            var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"E{++e}\t{GiftEventType}:T{trigger}");
            for (var i = 0; i < items.Count; i++)
            {
                line.Append(CultureInfo.InvariantCulture, $" Item{(i == 0 ? string.Empty : (i + 1).ToString(CultureInfo.InvariantCulture))}:T{ids[items[i]]}");
            }

            output.Write(line.Append('\n').ToString());
            output.Write(FormattableString.Invariant($"#{++note}\tAnnotatorNotes E{e}\t{GiftNote(gift, offsets)}\n"));
        }
    }

    /// <summary>The <c>.ann</c> text of <paramref name="result"/>.</summary>
    /// <param name="result">The extraction result.</param>
    /// <returns>The file contents.</returns>
    public static string ToText(ExtractionResult result)
    {
        var writer = new StringWriter();
        Write(writer, result);
        return writer.ToString();
    }

    /// <summary>
    /// Reads a <c>.ann</c> file over its document text. Entity types are FORMAT.md kind names in any case
    /// or the common corpus labels (PER, ORG, LOC, GPE, …); <c>GiftEvent</c> spans are triggers. Relations,
    /// attributes and other notes are skipped.
    /// </summary>
    /// <param name="text">The <c>.txt</c> file's text.</param>
    /// <param name="ann">The <c>.ann</c> file.</param>
    /// <param name="source">The file name, for errors.</param>
    /// <returns>The entities sorted as the extractor sorts them, and the gift events in file order.</returns>
    /// <exception cref="DataFormatException">A line is malformed, names an unknown type or id, or has offsets outside the text (the message names the line).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ExtractionResult Read(string text, TextReader ann, string source = "ann")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ann);
        ArgumentNullException.ThrowIfNull(source);
        var offsets = new CodePointOffsets(text);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var order = new List<string>();
        var triggers = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<(string Id, List<string> Items, int Line)>();
        var notes = new List<(string Target, string Note, int Line)>();
        var lineNumber = 0;
        while (ann.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                throw new DataFormatException(source, lineNumber, "expected ID<TAB>ANNOTATION");
            }

            var id = fields[0];
            var annotation = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (id[0])
            {
                case 'T':
                    ReadTextBound(id, fields[1], text, offsets, source, lineNumber, entities, order, triggers);
                    break;
                case 'N' when annotation.Length >= 3:
                    var target = Lookup(entities, annotation[1], source, lineNumber);
                    entities[annotation[1]] = target with { Id = annotation[2] };
                    break;
                case '#' when annotation.Length >= 2 && annotation[0] == "AnnotatorNotes" && fields.Length >= 3:
                    notes.Add((annotation[1], fields[2], lineNumber));
                    break;
                case 'E':
                    var items = new List<string>();
                    foreach (var argument in annotation.Skip(1))
                    {
                        var colon = argument.LastIndexOf(':');
                        if (colon > 0 && argument.StartsWith("Item", StringComparison.Ordinal))
                        {
                            items.Add(argument[(colon + 1)..]);
                        }
                    }

                    events.Add((id, items, lineNumber));
                    break;
                default:
                    break;
            }
        }

        DateOnly? referenceDate = null;
        var eventNotes = new Dictionary<string, (string Note, int Line)>(StringComparer.Ordinal);
        foreach (var (id, note, line) in notes)
        {
            if (id.StartsWith('E'))
            {
                eventNotes[id] = (note, line);
            }
            else if (entities.TryGetValue(id, out var entity) && !triggers.Contains(id))
            {
                entities[id] = EntityNotes.Apply(entity, note, source, line);
                referenceDate = EntityNotes.ReferenceDateIn(note, source, line) ?? referenceDate;
            }
        }

        var list = KindLabels.Sorted(order.Where(id => !triggers.Contains(id)).Select(id => entities[id]).ToList());
        var gifts = new List<GiftEvent>(events.Count);
        foreach (var (id, items, line) in events)
        {
            var gift = new GiftEvent(items.Select(item => Lookup(entities, item, source, line)).ToArray(), null, null);
            gifts.Add(eventNotes.TryGetValue(id, out var note) ? ApplyGiftNote(gift, note.Note, offsets, source, note.Line) : gift);
        }

        return new ExtractionResult(text, referenceDate, list, gifts);
    }

    private static void WriteTextBound(TextWriter output, int id, string type, int start, int end, string text, CodePointOffsets offsets)
    {
        // Fragments split at line breaks inside the span (brat draws one line per fragment); a break at
        // the span's very start or end stays in its fragment, so the fragments cover exactly [start, end).
        var fragments = new List<(int Start, int End)>();
        var fragmentStart = start;
        var i = start + 1;
        while (i < end)
        {
            if (text[i] is '\n' or '\r')
            {
                var after = i;
                while (after < end && text[after] is '\n' or '\r')
                {
                    after++;
                }

                if (after == end)
                {
                    break;
                }

                fragments.Add((fragmentStart, i));
                fragmentStart = after;
                i = after + 1;
                continue;
            }

            i++;
        }

        fragments.Add((fragmentStart, end));
        var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"T{id}\t{type} ");
        for (var f = 0; f < fragments.Count; f++)
        {
            line.Append(f == 0 ? string.Empty : ";")
                .Append(CultureInfo.InvariantCulture, $"{offsets.ToCodePoint(fragments[f].Start)} {offsets.ToCodePoint(fragments[f].End)}");
        }

        var texts = fragments.Select(fragment => text[fragment.Start..fragment.End]);
        output.Write(line.Append('\t').Append(OneLine(string.Join(' ', texts))).Append('\n').ToString());
    }

    private static void ReadTextBound(string id, string annotation, string text, CodePointOffsets offsets, string source, int line, Dictionary<string, Entity> entities, List<string> order, HashSet<string> triggers)
    {
        var space = annotation.IndexOf(' ');
        if (space <= 0)
        {
            throw new DataFormatException(source, line, "expected TYPE START END");
        }

        var type = annotation[..space];
        int start = int.MaxValue, end = -1;
        foreach (var fragment in annotation[(space + 1)..].Split(';'))
        {
            var bounds = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var fragmentStart)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var fragmentEnd)
                || fragmentEnd < fragmentStart)
            {
                throw new DataFormatException(source, line, $"bad offsets '{fragment}'");
            }

            start = Math.Min(start, fragmentStart);
            end = Math.Max(end, fragmentEnd);
        }

        var utf16Start = offsets.ToUtf16(start);
        var utf16End = offsets.ToUtf16(end);
        if (utf16Start < 0 || utf16End < 0)
        {
            throw new DataFormatException(source, line, $"offsets {start}-{end} lie outside the text ({text.Length} characters)");
        }

        EntityKind kind;
        if (type == GiftEventType)
        {
            triggers.Add(id);
            kind = EntityKind.Gift;
        }
        else if (!KindLabels.TryParse(type, out kind))
        {
            throw new DataFormatException(source, line, $"unknown entity type '{type}'");
        }

        entities[id] = new Entity(kind, utf16Start, utf16End, text[utf16Start..utf16End]);
        order.Add(id);
    }

    private static Entity Lookup(Dictionary<string, Entity> entities, string id, string source, int line) =>
        entities.TryGetValue(id, out var entity) ? entity : throw new DataFormatException(source, line, $"no text-bound annotation '{id}'");

    private static string GiftNote(GiftEvent gift, CodePointOffsets offsets) => EntityNotes.JsonObject(writer =>
    {
        writer.WriteString("giver", gift.Giver);
        writer.WriteString("recipient", gift.Recipient);
        writer.WriteBoolean("mutual", gift.Mutual);
        if (gift.GiverMention is { } giver)
        {
            writer.WritePropertyName("giverMention");
            FormatJson.WriteSpanValue(writer, offsets.ToCodePoint(giver.Start), offsets.ToCodePoint(giver.End));
        }

        if (gift.RecipientMention is { } recipient)
        {
            writer.WritePropertyName("recipientMention");
            FormatJson.WriteSpanValue(writer, offsets.ToCodePoint(recipient.Start), offsets.ToCodePoint(recipient.End));
        }
    });

    private static GiftEvent ApplyGiftNote(GiftEvent gift, string note, CodePointOffsets offsets, string source, int line)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(note));
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("a gift event's note is a JSON object");
            }

            while (FormatJsonReader.NextProperty(ref reader, out var name))
            {
                switch (name)
                {
                    case "giver":
                        gift = gift with { Giver = reader.TokenType == JsonTokenType.Null ? null : FormatJsonReader.ReadString(ref reader, name) };
                        break;
                    case "recipient":
                        gift = gift with { Recipient = reader.TokenType == JsonTokenType.Null ? null : FormatJsonReader.ReadString(ref reader, name) };
                        break;
                    case "mutual":
                        gift = gift with { Mutual = reader.TokenType == JsonTokenType.True };
                        break;
                    case "giverMention":
                        gift = gift with { GiverMention = ToUtf16(FormatJsonReader.ReadSpan(ref reader), offsets) };
                        break;
                    case "recipientMention":
                        gift = gift with { RecipientMention = ToUtf16(FormatJsonReader.ReadSpan(ref reader), offsets) };
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return gift;
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(source, line, "bad gift note JSON: " + ex.Message);
        }
    }

    private static TextSpan ToUtf16(TextSpan span, CodePointOffsets offsets) => new(offsets.ToUtf16(span.Start), offsets.ToUtf16(span.End));

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
}
