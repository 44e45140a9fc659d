using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace FrenchNewsNer.Sample.Input;

/// <summary>
/// One line of FORMAT.md batch input: a document <c>{"id", "text", "referenceDate"}</c>, or, when the
/// line cannot be read, the reason (<see cref="Error"/>) with whatever id could be read.
/// </summary>
internal sealed record BatchInputLine(string Source, int Line, string? Id, string Text, DateOnly? ReferenceDate, string? Error = null)
{
    public string Location => $"{Source}:{Line}";

    public static BatchInputLine Failed(string source, int line, string? id, string error) => new(source, line, id, string.Empty, null, error);
}

/// <summary>
/// Parses FORMAT.md batch input straight from its UTF-8 bytes with <see cref="Utf8JsonReader"/>: the
/// only strings made are the id, the text and a date. A bad line comes back as a failed line in its
/// place, so that the output keeps one line per input line.
/// </summary>
internal static class BatchInput
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The lines of a JSON Lines stream, lazily, in order. Blank lines are skipped: they hold no
    /// document. Read errors of the stream propagate.
    /// </summary>
    public static IEnumerable<BatchInputLine> Read(Stream stream, string source, DateOnly? defaultReferenceDate)
    {
        using var lines = new ByteLines(stream);
        while (lines.MoveNext())
        {
            var line = Parse(lines.Current, source, lines.Number, defaultReferenceDate);
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    /// <summary>One input line; null for a blank line.</summary>
    public static BatchInputLine? Parse(ReadOnlySpan<byte> bytes, string source, int line, DateOnly? defaultReferenceDate)
    {
        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        if (!Utf8.IsValid(bytes))
        {
            return BatchInputLine.Failed(source, line, null, "invalid UTF-8");
        }

        if (IsBlank(bytes))
        {
            return null;
        }

        var fields = default(Fields);
        string? error;
        try
        {
            error = ReadFields(bytes, ref fields);
        }
        catch (JsonException ex)
        {
            return BatchInputLine.Failed(source, line, null, "malformed JSON: " + ErrorSink.Describe(ex));
        }

        DateOnly? referenceDate = null;
        if (error is null)
        {
            error = Validate(ref fields, defaultReferenceDate, out referenceDate);
        }

        return error is null
            ? new BatchInputLine(source, line, fields.Id, fields.Text!, referenceDate)
            : BatchInputLine.Failed(source, line, fields.IdKind == JsonTokenType.String && !fields.IdIsBroken ? fields.Id : null, error);
    }

    /// <summary>What the line says of the three fields; for each, the last occurrence wins, as in JsonDocument.</summary>
    private struct Fields
    {
        public JsonTokenType IdKind;
        public string? Id;
        public bool IdIsBroken;
        public JsonTokenType TextKind;
        public string? Text;
        public bool TextIsBroken;
        public JsonTokenType DateKind;
        public string? DateRaw;
        public bool DateIsBroken;
    }

    /// <summary>Reads the whole line (so malformed JSON anywhere in it is refused); an error when it is not an object.</summary>
    private static string? ReadFields(ReadOnlySpan<byte> bytes, ref Fields fields)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: true, state: default);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = reader.TokenType;
            reader.Skip();
            reader.Read();   // throws on anything after the value
            return "expected a JSON object, found " + Describe(kind);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                fields.IdKind = reader.TokenType;
                fields.Id = ReadString(ref reader, out fields.IdIsBroken);
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                fields.TextKind = reader.TokenType;
                fields.Text = ReadString(ref reader, out fields.TextIsBroken);
            }
            else if (reader.ValueTextEquals("referenceDate"u8))
            {
                reader.Read();
                fields.DateKind = reader.TokenType;
                fields.DateRaw = reader.TokenType == JsonTokenType.String
                    ? ReadString(ref reader, out fields.DateIsBroken)
                    : RawText(ref reader, bytes);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        reader.Read();   // throws on anything after the object
        return null;
    }

    /// <summary>The checks in the order the console has always made them: id, then text, then date.</summary>
    private static string? Validate(ref Fields fields, DateOnly? defaultReferenceDate, out DateOnly? referenceDate)
    {
        referenceDate = defaultReferenceDate;
        if (fields.IdKind is not (JsonTokenType.None or JsonTokenType.Null))
        {
            if (fields.IdKind != JsonTokenType.String)
            {
                return $"\"id\" must be a string, found {Describe(fields.IdKind)}";
            }

            if (fields.IdIsBroken)
            {
                return LoneSurrogate;
            }
        }
        else
        {
            fields.Id = null;
        }

        if (fields.TextKind != JsonTokenType.String)
        {
            return "\"text\" (a string) is missing";
        }

        if (fields.TextIsBroken)
        {
            return LoneSurrogate;
        }

        if (fields.DateKind is not (JsonTokenType.None or JsonTokenType.Null))
        {
            if (fields.DateIsBroken)
            {
                return LoneSurrogate;
            }

            var raw = fields.DateRaw!;
            if (!OptionValues.TryParseDate(raw, out var date))
            {
                return "referenceDate: " + OptionValues.DateError(raw);
            }

            referenceDate = date;
        }

        return null;
    }

    // System.Text.Json reads "\ud800" (a lone surrogate escape) but refuses to turn it into a string:
    // such a value is not text, and the line is refused like any other bad line.
    private const string LoneSurrogate = "a string holds an unpaired surrogate escape (\\uD800-\\uDFFF), which is not text";

    private static string? ReadString(ref Utf8JsonReader reader, out bool broken)
    {
        broken = false;
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            broken = true;
            return null;
        }
    }

    /// <summary>A non-string value as written (a number, a literal, or a whole object or array).</summary>
    private static string RawText(ref Utf8JsonReader reader, ReadOnlySpan<byte> bytes)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(bytes[start..(int)reader.BytesConsumed]);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                // Non-ASCII: only Unicode's own white space makes it blank (rare, so decoded).
                return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(bytes));
            }

            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0B or 0x0C or 0x1C or 0x1D or 0x1E or 0x1F))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonTokenType kind) => kind switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        _ => kind.ToString(),
    };
}
