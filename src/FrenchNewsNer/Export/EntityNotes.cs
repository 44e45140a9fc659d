using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer.Export;

/// <summary>
/// What an annotation format has no field for, written as FORMAT.md JSON in a note: an entity's canonical
/// name, value and (where the format has no identifier of its own) id, in a brat <c>AnnotatorNotes</c> line
/// or a CoNLL comment; and the document's reference date, without which a reader (the console's
/// <c>evaluate</c>) would extract the document with its relative dates unresolved.
/// </summary>
internal static class EntityNotes
{
    /// <summary>The FORMAT.md name of the reference date, as a key of a document note.</summary>
    public const string ReferenceDateKey = "referenceDate";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when <paramref name="entity"/> carries something its span and kind do not say.</summary>
    public static bool HasNote(Entity entity, bool withId) =>
        entity.Value is not null || entity.Canonical != entity.Text || (withId && entity.Id is not null);

    /// <summary>The JSON note of <paramref name="entity"/>: canonical (when not the text), id (when asked) and value.</summary>
    public static string Of(Entity entity, bool withId) => JsonObject(writer =>
    {
        if (entity.Canonical != entity.Text)
        {
            writer.WriteString("canonical", entity.Canonical);
        }

        if (withId && entity.Id is not null)
        {
            writer.WriteString("id", entity.Id);
        }

        if (entity.Value is not null)
        {
            writer.WritePropertyName("value");
            FormatJson.WriteValue(writer, entity.Value);
        }
    });

    /// <summary>A one-line JSON object whose properties <paramref name="writeProperties"/> writes (non-ASCII kept as is).</summary>
    public static string JsonObject(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The document note of a reference date: <c>{"referenceDate":"YYYY-MM-DD"}</c>.</summary>
    public static string OfReferenceDate(DateOnly date) =>
        "{\"" + ReferenceDateKey + "\":\"" + FormatDate(date) + "\"}";

    /// <summary>A reference date as FORMAT.md writes it.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a FORMAT.md date (<c>YYYY-MM-DD</c>), or reports the line.</summary>
    public static DateOnly ParseDate(string value, string source, int line) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DataFormatException(source, line, $"reference date '{value}' is not YYYY-MM-DD");

    /// <summary>
    /// Applies a note to <paramref name="entity"/>: its canonical, id and value. A note that is not a JSON
    /// object is an annotator's free text and changes nothing; a note that starts like one but is not JSON
    /// is an error naming the line.
    /// </summary>
    public static Entity Apply(Entity entity, string note, string source, int line)
    {
        if (!TryOpen(note, source, line, out var bytes))
        {
            return entity;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            while (FormatJsonReader.NextProperty(ref reader, out var name))
            {
                switch (name)
                {
                    case "canonical":
                        entity = entity with { Canonical = FormatJsonReader.ReadString(ref reader, name) };
                        break;
                    case "id":
                        entity = entity with { Id = FormatJsonReader.ReadString(ref reader, name) };
                        break;
                    case "value":
                        entity = entity with { Value = FormatJsonReader.ReadValue(ref reader) };
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return entity;
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(source, line, "bad note JSON: " + ex.Message);
        }
    }

    /// <summary>The reference date a note gives (<see cref="ReferenceDateKey"/>), or null when it gives none.</summary>
    public static DateOnly? ReferenceDateIn(string note, string source, int line)
    {
        if (!TryOpen(note, source, line, out var bytes))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            DateOnly? date = null;
            while (FormatJsonReader.NextProperty(ref reader, out var name))
            {
                if (name == ReferenceDateKey)
                {
                    date = ParseDate(FormatJsonReader.ReadString(ref reader, name), source, line);
                }
                else
                {
                    reader.Skip();
                }
            }

            return date;
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(source, line, "bad note JSON: " + ex.Message);
        }
    }

    private static bool TryOpen(string note, string source, int line, out byte[] bytes)
    {
        bytes = [];
        if (!note.TrimStart().StartsWith('{'))
        {
            return false; // a free-text note from an annotator
        }

        bytes = Encoding.UTF8.GetBytes(note);
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new DataFormatException(source, line, "bad note JSON: not an object");
            }
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(source, line, "bad note JSON: " + ex.Message);
        }

        return true;
    }
}
