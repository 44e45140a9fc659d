using System.Text.Json;

namespace FrenchNewsNer.Sample.Input;

/// <summary>One document of a FORMAT.md batch input line: <c>{"id", "text", "referenceDate"}</c>.</summary>
internal sealed record BatchInputLine(string Source, int Line, string? Id, string Text, DateOnly? ReferenceDate)
{
    public string Location => $"{Source}:{Line}";
}

/// <summary>Parses FORMAT.md batch input; a bad line is reported and skipped, the others go on.</summary>
internal static class BatchInput
{
    /// <summary>
    /// The valid documents of a JSON Lines stream, lazily. Blank lines are skipped silently; any other
    /// line that is not a valid document is reported to <paramref name="errors"/>.
    /// </summary>
    public static IEnumerable<BatchInputLine> Read(Stream stream, string source, DateOnly? defaultReferenceDate, ErrorSink errors)
    {
        foreach (var (number, bytes) in ByteLines.Read(stream))
        {
            if (!StrictText.TryDecode(bytes, out var json, out _))
            {
                errors.Report($"{source}:{number}", "invalid UTF-8");
                continue;
            }

            if (string.IsNullOrWhiteSpace(json))
            {
                continue;
            }

            if (TryParse(json, source, number, defaultReferenceDate, out var document, out var error))
            {
                yield return document;
            }
            else
            {
                errors.Report($"{source}:{number}", error);
            }
        }
    }

    public static bool TryParse(string json, string source, int line, DateOnly? defaultReferenceDate, out BatchInputLine document, out string error)
    {
        document = null!;
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            error = "malformed JSON: " + ErrorSink.Describe(ex);
            return false;
        }

        using (parsed)
        {
            try
            {
                return TryRead(parsed.RootElement, source, line, defaultReferenceDate, out document, out error);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json parses "\ud800" (a lone surrogate escape) but refuses to turn it into a
                // string: such a value is not text, and the line is refused like any other bad line.
                error = "a string holds an unpaired surrogate escape (\\uD800-\\uDFFF), which is not text";
                return false;
            }
        }
    }

    private static bool TryRead(JsonElement root, string source, int line, DateOnly? defaultReferenceDate, out BatchInputLine document, out string error)
    {
        document = null!;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"expected a JSON object, found {Describe(root.ValueKind)}";
            return false;
        }

        string? id = null;
        if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind != JsonValueKind.String)
            {
                error = $"\"id\" must be a string, found {Describe(idElement.ValueKind)}";
                return false;
            }

            id = idElement.GetString();
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            error = "\"text\" (a string) is missing";
            return false;
        }

        var referenceDate = defaultReferenceDate;
        if (root.TryGetProperty("referenceDate", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
        {
            var raw = dateElement.ValueKind == JsonValueKind.String ? dateElement.GetString()! : dateElement.GetRawText();
            if (!OptionValues.TryParseDate(raw, out var date))
            {
                error = "referenceDate: " + OptionValues.DateError(raw);
                return false;
            }

            referenceDate = date;
        }

        document = new BatchInputLine(source, line, id, textElement.GetString()!, referenceDate);
        error = string.Empty;
        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
