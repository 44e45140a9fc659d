using System.Text.Json;
using FrenchNewsNer.Sample.Input;

namespace FrenchNewsNer.Sample.Evaluation;

/// <summary>
/// Reads FORMAT.md gold files: <c>.gold.json</c> (one document) and <c>.gold.jsonl</c> (one per line).
/// Every problem is reported as <c>file:line: what</c> (the line of the offending entity or gift in a
/// .gold.json, the document's line in a .gold.jsonl) and costs only the document it is in; a document
/// with a problem is left out of the scores rather than scored half-read.
/// </summary>
internal static class GoldReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>The gold files under <paramref name="path"/>: the file itself, or a folder's <c>*.gold.json</c> and <c>*.gold.jsonl</c>, recursively, in ordinal order.</summary>
    public static IReadOnlyList<string> FindGoldFiles(string path, ErrorSink errors)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            errors.Report(path, "no such file or directory");
            return [];
        }

        string[] found;
        try
        {
            found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(IsGoldFile)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Report(path, ErrorSink.Describe(ex));
            return [];
        }

        if (found.Length == 0)
        {
            errors.Report(path, "no *.gold.json or *.gold.jsonl file in this folder");
        }

        return found;
    }

    public static bool IsGoldFile(string path) =>
        path.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".gold.jsonl", StringComparison.OrdinalIgnoreCase)
        || AnnotationGold.IsAnnotationFile(path);

    /// <summary>The valid documents of one gold file; problems go to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<GoldDocument> ReadFile(string path, ErrorSink errors) => ReadFile(path, errors, out _);

    /// <summary>The valid documents of one gold file, and how many documents (or whole files) were left out.</summary>
    public static IReadOnlyList<GoldDocument> ReadFile(string path, ErrorSink errors, out int failed)
    {
        if (AnnotationGold.IsAnnotationFile(path) && !Directory.Exists(path))
        {
            return AnnotationGold.ReadFile(path, errors, out failed);
        }

        failed = 1;
        if (Directory.Exists(path))
        {
            errors.Report(path, "is a directory");
            return [];
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            errors.Report(path, ErrorSink.Describe(ex));
            return [];
        }

        failed = 0;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var documents = new List<GoldDocument>();
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new MemoryStream(bytes, writable: false);
            foreach (var (number, line) in ByteLines.Read(stream))
            {
                if (line.AsSpan().Trim((byte)' ').IsEmpty)
                {
                    continue;
                }

                var document = ReadDocument(line, path, number, directory, singleLine: true, errors);
                if (document is not null)
                {
                    documents.Add(document);
                }
                else
                {
                    failed++;
                }
            }
        }
        else
        {
            var document = ReadDocument(bytes, path, 1, directory, singleLine: false, errors);
            if (document is not null)
            {
                documents.Add(document);
            }
            else
            {
                failed++;
            }
        }

        return documents;
    }

    /// <summary>Parses one gold document from UTF-8 JSON; null (with every problem reported) when it is not valid.</summary>
    public static GoldDocument? ReadDocument(ReadOnlySpan<byte> json, string source, int firstLine, string directory, bool singleLine, ErrorSink errors)
    {
        if (!StrictText.TryDecode(json, out var text, out var badLine))
        {
            errors.Report($"{source}:{(singleLine ? firstLine : badLine)}", "invalid UTF-8");
            return null;
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException ex)
        {
            var line = singleLine ? firstLine : firstLine + (int)(ex.LineNumber ?? 0);
            errors.Report($"{source}:{line}", "malformed JSON: " + ErrorSink.Describe(ex));
            return null;
        }

        using (parsed)
        {
            var lines = singleLine ? LineMap.Fixed(firstLine) : LineMap.Scan(json, firstLine);
            var problems = new List<(int Line, string Message)>();
            GoldDocument? document;
            try
            {
                document = new DocumentParser(source, firstLine, directory, lines, problems).Parse(parsed.RootElement);
            }
            catch (InvalidOperationException ex)
            {
                // JsonElement accessors throw on a value of an unexpected type that a check above missed.
                problems.Add((firstLine, "unexpected value: " + ex.Message));
                document = null;
            }
            foreach (var (line, message) in problems)
            {
                errors.Report($"{source}:{line}", message);
            }

            return problems.Count == 0 ? document : null;
        }
    }

    /// <summary>Where things are in a gold file: the line of each top-level property and of each element of a top-level array.</summary>
    private sealed class LineMap
    {
        private readonly int _fixedLine;
        private readonly Dictionary<string, int> _properties = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _elements = new(StringComparer.Ordinal);

        private LineMap(int fixedLine) => _fixedLine = fixedLine;

        public static LineMap Fixed(int line) => new(line);

        public static LineMap Scan(ReadOnlySpan<byte> json, int firstLine)
        {
            var map = new LineMap(firstLine);
            if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                json = json[3..];
            }

            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            var line = firstLine;
            var counted = 0;
            string? property = null;
            List<int>? elements = null;

            // Only called on text that JsonDocument has already parsed, so the reader cannot fail here.
            while (reader.Read())
            {
                var position = (int)reader.TokenStartIndex;
                line += json[counted..position].Count((byte)'\n');
                counted = position;
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString()!;
                    map._properties[property] = line;
                    elements = null;
                }
                else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartArray && property is not null)
                {
                    elements = map._elements[property] = new List<int>();
                }
                else if (reader.CurrentDepth == 2 && elements is not null && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    elements.Add(line);
                }
            }

            return map;
        }

        public int Property(string name) => _properties.TryGetValue(name, out var line) ? line : _fixedLine;

        public int Element(string array, int index) =>
            _elements.TryGetValue(array, out var lines) && index < lines.Count ? lines[index] : Property(array);
    }

    /// <summary>Turns one parsed gold object into a <see cref="GoldDocument"/>, collecting every problem on the way.</summary>
    private sealed class DocumentParser(string source, int firstLine, string directory, LineMap lines, List<(int Line, string Message)> problems)
    {
        private static readonly Dictionary<string, EntityKind> KindNames =
            Enum.GetValues<EntityKind>().ToDictionary(k => k.ToString(), k => k, StringComparer.Ordinal);

        private static readonly Dictionary<string, QuantityDimension> DimensionNames =
            Enum.GetValues<QuantityDimension>().ToDictionary(d => d.ToString(), d => d, StringComparer.Ordinal);

        public GoldDocument? Parse(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem(firstLine, $"a gold document must be a JSON object, not {root.ValueKind}");
                return null;
            }

            var name = OptionalString(root, "document") ?? OptionalString(root, "id");
            var text = ReadText(root, name);
            if (text is null)
            {
                return null;
            }

            DateOnly? referenceDate = null;
            if (OptionalString(root, "referenceDate") is { } rawDate)
            {
                if (OptionValues.TryParseDate(rawDate, out var date))
                {
                    referenceDate = date;
                }
                else
                {
                    Problem(lines.Property("referenceDate"), "referenceDate: " + OptionValues.DateError(rawDate));
                }
            }

            var annotated = ReadAnnotatedKinds(root);
            var entities = ReadEntities(root, text);
            var gifts = ReadGifts(root, entities);
            var notSupportedDotnet = false;
            if (root.TryGetProperty("notSupportedDotnet", out var dotnet) && dotnet.ValueKind != JsonValueKind.Null)
            {
                if (dotnet.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    notSupportedDotnet = dotnet.GetBoolean();
                }
                else
                {
                    Problem(lines.Property("notSupportedDotnet"), "\"notSupportedDotnet\" must be true or false");
                }
            }

            return new GoldDocument(source, firstLine, name ?? $"{Path.GetFileName(source)}:{firstLine}", text, referenceDate, annotated, entities, gifts)
            {
                HasSupportNotes = root.TryGetProperty("notSupported", out _) || root.TryGetProperty("notSupportedDotnet", out _),
                NotSupportedDotnet = notSupportedDotnet,
            };
        }

        private string? ReadText(JsonElement root, string? name)
        {
            if (root.TryGetProperty("text", out var textElement))
            {
                if (textElement.ValueKind == JsonValueKind.String)
                {
                    return textElement.GetString()!;
                }

                Problem(lines.Property("text"), "\"text\" must be a string");
                return null;
            }

            if (name is null || !root.TryGetProperty("document", out _))
            {
                Problem(firstLine, "neither \"text\" nor \"document\" (a text file beside the gold file) is given");
                return null;
            }

            var textPath = Path.Combine(directory, name);
            if (!StrictText.TryReadFile(textPath, out var text, out var location, out var error))
            {
                Problem(lines.Property("document"), $"document text {location}: {error}");
                return null;
            }

            return text;
        }

        private EntityKindSet ReadAnnotatedKinds(JsonElement root)
        {
            if (!root.TryGetProperty("annotatedKinds", out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return GoldDocument.DefaultAnnotatedKinds;
            }

            var line = lines.Property("annotatedKinds");
            if (element.ValueKind != JsonValueKind.Array)
            {
                Problem(line, "\"annotatedKinds\" must be an array of kind names");
                return GoldDocument.DefaultAnnotatedKinds;
            }

            var kinds = EntityKindSet.None;
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && KindNames.TryGetValue(item.GetString()!, out var kind))
                {
                    kinds = kinds.With(kind);
                }
                else
                {
                    Problem(line, $"annotatedKinds: unknown entity kind {item.GetRawText()}");
                }
            }

            return kinds;
        }

        private List<GoldEntity> ReadEntities(JsonElement root, string text)
        {
            var entities = new List<GoldEntity>();
            if (!root.TryGetProperty("entities", out var array) || array.ValueKind == JsonValueKind.Null)
            {
                return entities;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Problem(lines.Property("entities"), "\"entities\" must be an array");
                return entities;
            }

            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var line = lines.Element("entities", index++);
                if (ReadEntity(element, text, line) is { } entity)
                {
                    entities.Add(entity);
                }
            }

            return entities;
        }

        private GoldEntity? ReadEntity(JsonElement element, string text, int line)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(line, "an entity must be a JSON object");
                return null;
            }

            var kindName = OptionalString(element, "kind");
            if (kindName is null || !KindNames.TryGetValue(kindName, out var kind))
            {
                Problem(line, kindName is null ? "entity without \"kind\"" : $"unknown entity kind '{kindName}'");
                return null;
            }

            if (!TryReadSpan(element, text, line, "entity", out var start, out var end, out var spanText))
            {
                return null;
            }

            var alternatives = new List<GoldSpan>();
            if (element.TryGetProperty("alternatives", out var alternativesElement) && alternativesElement.ValueKind != JsonValueKind.Null)
            {
                if (alternativesElement.ValueKind != JsonValueKind.Array)
                {
                    Problem(line, $"'{spanText}': \"alternatives\" must be an array");
                    return null;
                }

                foreach (var alternative in alternativesElement.EnumerateArray())
                {
                    if (!TryReadSpan(alternative, text, line, $"alternative of '{spanText}'", out var altStart, out var altEnd, out _))
                    {
                        return null;
                    }

                    alternatives.Add(new GoldSpan(altStart, altEnd));
                }
            }

            var optional = false;
            if (element.TryGetProperty("optional", out var optionalElement))
            {
                if (optionalElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Problem(line, $"'{spanText}': \"optional\" must be true or false");
                    return null;
                }

                optional = optionalElement.GetBoolean();
            }

            GoldValue? value = null;
            if (element.TryGetProperty("value", out var valueElement) && valueElement.ValueKind != JsonValueKind.Null)
            {
                value = ReadValue(kind, valueElement, line, spanText);
                if (value is null)
                {
                    return null;
                }
            }

            return new GoldEntity(kind, start, end, spanText, OptionalString(element, "canonical"), value, alternatives, optional);
        }

        private bool TryReadSpan(JsonElement element, string text, int line, string what, out int start, out int end, out string spanText)
        {
            start = end = 0;
            spanText = string.Empty;
            if (element.ValueKind != JsonValueKind.Object || !TryGetInt(element, "start", out start) || !TryGetInt(element, "end", out end))
            {
                Problem(line, $"{what}: integer \"start\" and \"end\" are required");
                return false;
            }

            if (start < 0 || end < start || end > text.Length)
            {
                Problem(line, $"{what}: span [{start},{end}) is outside the text (length {text.Length})");
                return false;
            }

            spanText = text[start..end];
            if (element.TryGetProperty("text", out var textElement))
            {
                var given = textElement.ValueKind == JsonValueKind.String ? textElement.GetString()! : textElement.GetRawText();
                if (!string.Equals(given, spanText, StringComparison.Ordinal))
                {
                    Problem(line, $"{what}: \"text\" '{given}' differs from the document text at [{start},{end}), '{spanText}'");
                    return false;
                }
            }

            return true;
        }

        private GoldValue? ReadValue(EntityKind kind, JsonElement value, int line, string spanText)
        {
            var where = $"value of {kind} '{spanText}'";
            if (value.ValueKind != JsonValueKind.Object)
            {
                Problem(line, where + " must be a JSON object");
                return null;
            }

            // Every field is optional (FORMAT.md scores only the fields gold gives), but a field that is
            // there must have the right type.
            var ok = true;
            switch (kind)
            {
                case EntityKind.Quantity:
                    {
                        var number = OptionalNumber(value, "number", line, where, ref ok);
                        var unit = OptionalStringField(value, "unit", line, where, ref ok);
                        var dimensionName = OptionalStringField(value, "dimension", line, where, ref ok);
                        var si = OptionalNumber(value, "si", line, where, ref ok);
                        var approximate = OptionalBool(value, "approximate", line, where, ref ok);
                        QuantityDimension? dimension = null;
                        if (dimensionName is not null)
                        {
                            if (DimensionNames.TryGetValue(dimensionName, out var d))
                            {
                                dimension = d;
                            }
                            else
                            {
                                Problem(line, $"{where}: unknown dimension '{dimensionName}'");
                                ok = false;
                            }
                        }

                        return ok ? new GoldValue(kind) { Number = number, Unit = unit, Dimension = dimension, Si = si, Approximate = approximate } : null;
                    }

                case EntityKind.Date:
                    {
                        var timex = OptionalStringField(value, "timex", line, where, ref ok);
                        var type = OptionalStringField(value, "type", line, where, ref ok);
                        var start = OptionalStringField(value, "start", line, where, ref ok);
                        var end = OptionalStringField(value, "end", line, where, ref ok);
                        var mod = OptionalStringField(value, "mod", line, where, ref ok);
                        return ok ? new GoldValue(kind) { Timex = timex, DateType = type, DateStart = start, DateEnd = end, DateMod = mod } : null;
                    }

                case EntityKind.Number:
                    {
                        var number = OptionalNumber(value, "number", line, where, ref ok);
                        var ordinal = OptionalBool(value, "ordinal", line, where, ref ok);
                        return ok ? new GoldValue(kind) { Number = number, Ordinal = ordinal } : null;
                    }

                case EntityKind.Gift:
                    {
                        int? count = null;
                        if (value.TryGetProperty("count", out var countElement) && countElement.ValueKind != JsonValueKind.Null)
                        {
                            if (countElement.ValueKind != JsonValueKind.Number || !countElement.TryGetInt32(out var c))
                            {
                                Problem(line, $"{where}: \"count\" must be an integer");
                                return null;
                            }

                            count = c;
                        }

                        var item = OptionalStringField(value, "item", line, where, ref ok);
                        return ok ? new GoldValue(kind) { Count = count, Item = item } : null;
                    }

                default:
                    Problem(line, $"{where}: {kind} entities have no value");
                    return null;
            }
        }

        private List<GoldGift> ReadGifts(JsonElement root, List<GoldEntity> entities)
        {
            var gifts = new List<GoldGift>();
            if (!root.TryGetProperty("gifts", out var array) || array.ValueKind == JsonValueKind.Null)
            {
                return gifts;
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Problem(lines.Property("gifts"), "\"gifts\" must be an array");
                return gifts;
            }

            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var line = lines.Element("gifts", index++);
                if (ReadGift(element, entities, line) is { } gift)
                {
                    gifts.Add(gift);
                }
            }

            return gifts;
        }

        private GoldGift? ReadGift(JsonElement element, List<GoldEntity> entities, int line)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problem(line, "a gift must be a JSON object");
                return null;
            }

            if (!element.TryGetProperty("items", out var itemsElement) || itemsElement.ValueKind != JsonValueKind.Array)
            {
                Problem(line, "gift without an \"items\" array");
                return null;
            }

            var items = new List<IReadOnlyList<int>>();
            foreach (var item in itemsElement.EnumerateArray())
            {
                List<int> matches;
                string described;
                if (item.ValueKind == JsonValueKind.String)
                {
                    var itemText = item.GetString()!;
                    described = $"'{itemText}'";
                    matches = Indices(entities, e => e.Kind == EntityKind.Gift && e.Text == itemText);
                }
                else if (item.ValueKind == JsonValueKind.Object && TryGetInt(item, "start", out var start) && TryGetInt(item, "end", out var end))
                {
                    described = $"[{start},{end})";
                    matches = Indices(entities, g => g.Kind == EntityKind.Gift && g.Start == start && g.End == end);
                }
                else
                {
                    Problem(line, $"gift item {item.GetRawText()} is neither a text nor a {{start, end}} object");
                    return null;
                }

                if (matches.Count == 0)
                {
                    Problem(line, $"gift item {described} is not a Gift entity of this document");
                    return null;
                }

                items.Add(matches);
            }

            string? giver = null, recipient = null;
            if (!TryNullableString(element, "giver", line, ref giver) || !TryNullableString(element, "recipient", line, ref recipient))
            {
                return null;
            }

            var mutual = element.TryGetProperty("mutual", out var m) && m.ValueKind == JsonValueKind.True;
            return new GoldGift(items, giver, recipient, mutual);
        }

        private static List<int> Indices(List<GoldEntity> entities, Func<GoldEntity, bool> predicate)
        {
            var found = new List<int>();
            for (var i = 0; i < entities.Count; i++)
            {
                if (predicate(entities[i]))
                {
                    found.Add(i);
                }
            }

            return found;
        }

        private bool TryNullableString(JsonElement element, string name, int line, ref string? value)
        {
            if (!element.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (property.ValueKind != JsonValueKind.String)
            {
                Problem(line, $"gift \"{name}\" must be a string or null");
                return false;
            }

            value = property.GetString();
            return true;
        }

        private double? OptionalNumber(JsonElement element, string name, int line, string where, ref bool ok)
        {
            if (!element.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (property.ValueKind == JsonValueKind.Number && property.TryGetDouble(out var number) && double.IsFinite(number))
            {
                return number;
            }

            Problem(line, $"{where}: \"{name}\" must be a number");
            ok = false;
            return null;
        }

        private string? OptionalStringField(JsonElement element, string name, int line, string where, ref bool ok)
        {
            if (!element.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (property.ValueKind == JsonValueKind.String)
            {
                return property.GetString();
            }

            Problem(line, $"{where}: \"{name}\" must be a string");
            ok = false;
            return null;
        }

        private bool OptionalBool(JsonElement element, string name, int line, string where, ref bool ok)
        {
            if (!element.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            if (property.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return property.GetBoolean();
            }

            Problem(line, $"{where}: \"{name}\" must be true or false");
            ok = false;
            return false;
        }

        /// <summary>An integer property; JsonElement.TryGetInt32 throws rather than fails on a non-number.</summary>
        private static bool TryGetInt(JsonElement element, string name, out int value)
        {
            value = 0;
            return element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.Number && property.TryGetInt32(out value);
        }

        private static string? OptionalString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

        private void Problem(int line, string message) => problems.Add((line, message));
    }
}
