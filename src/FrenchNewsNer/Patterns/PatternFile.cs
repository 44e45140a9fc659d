using System.Text.Json;

namespace FrenchNewsNer.Patterns;

/// <summary>
/// Reads a pattern file: JSON Lines, one pattern per line, in spaCy's entity-ruler shape.
/// <code>
/// {"label": "Organization", "pattern": "Agence France-Presse", "id": "wikidata:Q40464"}
/// {"label": "ORG", "pattern": "ria novosti", "ignoreCase": true, "canonical": "Ria Novosti"}
/// {"label": "Person", "pattern": [{"IS_TITLE": true}, {"LOWER": {"IN": ["de", "du"]}, "OP": "?"}, {"SHAPE": "Xxxxx", "OP": "+"}]}
/// </code>
/// Keys: <c>label</c> (Person, Organization, Location, or spaCy's PER, PERSON, ORG, LOC, GPE);
/// <c>pattern</c> (a phrase string, or a list of token objects); optional <c>id</c>, <c>canonical</c> and,
/// for a phrase, <c>ignoreCase</c>. Token keys: <c>ORTH</c>/<c>TEXT</c> (exact), <c>LOWER</c>/<c>NORM</c>
/// (folded), each a string, <c>{"IN": [...]}</c> or <c>{"REGEX": "..."}</c>; <c>SHAPE</c>;
/// <c>IS_TITLE</c>, <c>IS_UPPER</c>, <c>IS_LOWER</c>, <c>IS_ALPHA</c>, <c>IS_DIGIT</c>, <c>IS_PUNCT</c>
/// (true); <c>OP</c> (<c>?</c>, <c>+</c>, <c>*</c>, <c>1</c>). Blank lines and lines starting with <c>//</c>
/// are skipped. Any other key or value is an error naming the file and line.
/// </summary>
internal static class PatternFile
{
    /// <summary>Reads every pattern; the first malformed line throws a <see cref="DataFormatException"/>.</summary>
    public static List<EntityPattern> Read(TextReader reader, string source)
    {
        var patterns = new List<EntityPattern>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var trimmed = text.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed.StartsWith("//"))
            {
                continue;
            }

            var lineNumber = line;
            Exception Error(string message) => new DataFormatException(source, lineNumber, message);
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(text);
            }
            catch (JsonException ex)
            {
                throw Error($"not a JSON object: {ex.Message}");
            }

            using (json)
            {
                patterns.Add(ReadPattern(json.RootElement, Error));
            }
        }

        return patterns;
    }

    private static EntityPattern ReadPattern(JsonElement root, Func<string, Exception> error)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw error("a pattern line must be a JSON object");
        }

        string? label = null, id = null, canonical = null;
        var ignoreCase = false;
        JsonElement? pattern = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "label":
                    label = String(property.Value, "label", error);
                    break;
                case "id":
                    id = String(property.Value, "id", error);
                    break;
                case "canonical":
                    canonical = String(property.Value, "canonical", error);
                    break;
                case "ignoreCase":
                    ignoreCase = property.Value.ValueKind switch
                    {
                        JsonValueKind.True => true,
                        JsonValueKind.False => false,
                        _ => throw error("'ignoreCase' must be true or false"),
                    };
                    break;
                case "pattern":
                    pattern = property.Value;
                    break;
                default:
                    throw error($"unknown key '{property.Name}'; expected label, pattern, id, canonical or ignoreCase");
            }
        }

        var kind = KindOf(label ?? throw error("the key 'label' is missing"), error);
        var body = pattern ?? throw error("the key 'pattern' is missing");
        try
        {
            return body.ValueKind switch
            {
                JsonValueKind.String => EntityPattern.Phrase(kind, body.GetString()!, ignoreCase, canonical, id),
                JsonValueKind.Array => new EntityPattern(kind, ReadTokens(body, error), canonical, id),
                _ => throw error("'pattern' must be a phrase string or a list of token objects"),
            };
        }
        catch (ArgumentException ex)
        {
            throw error(ex.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static List<PatternToken> ReadTokens(JsonElement array, Func<string, Exception> error)
    {
        var tokens = new List<PatternToken>();
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw error("each token of a pattern must be a JSON object");
            }

            var token = new PatternToken();
            foreach (var property in element.EnumerateObject())
            {
                token = property.Name switch
                {
                    "ORTH" or "TEXT" => WithText(token, property, ignoreCase: false, error),
                    "LOWER" or "NORM" => WithText(token, property, ignoreCase: true, error),
                    "SHAPE" => token with { Shape = String(property.Value, "SHAPE", error) },
                    "IS_TITLE" => Merge(token, Flag(property, error) with { Case = TokenCase.Capitalized }),
                    "IS_UPPER" => Merge(token, Flag(property, error) with { Case = TokenCase.Upper }),
                    "IS_LOWER" => Merge(token, Flag(property, error) with { Case = TokenCase.Lower }),
                    "IS_ALPHA" => Merge(token, Flag(property, error) with { Kind = PatternTokenKind.Word }),
                    "IS_DIGIT" => Merge(token, Flag(property, error) with { Kind = PatternTokenKind.Number }),
                    "IS_PUNCT" => Merge(token, Flag(property, error) with { Kind = PatternTokenKind.Punctuation }),
                    "OP" => token with { Repeat = Repeat(property.Value, error) },
                    _ => throw error($"unknown token key '{property.Name}'; expected ORTH, TEXT, LOWER, NORM, SHAPE, IS_TITLE, IS_UPPER, IS_LOWER, IS_ALPHA, IS_DIGIT, IS_PUNCT or OP"),
                };
            }

            tokens.Add(token);
        }

        return tokens;
    }

    private static PatternToken WithText(PatternToken token, JsonProperty property, bool ignoreCase, Func<string, Exception> error)
    {
        var value = property.Value;
        if (value.ValueKind == JsonValueKind.String)
        {
            return token with { Words = [value.GetString()!], IgnoreCase = ignoreCase };
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var inner in value.EnumerateObject())
            {
                switch (inner.Name)
                {
                    case "IN" when inner.Value.ValueKind == JsonValueKind.Array:
                        var words = new List<string>();
                        foreach (var word in inner.Value.EnumerateArray())
                        {
                            words.Add(String(word, property.Name + ".IN", error));
                        }

                        token = token with { Words = words, IgnoreCase = ignoreCase };
                        break;
                    case "REGEX":
                        token = token with { Regex = String(inner.Value, property.Name + ".REGEX", error), RegexOnFolded = ignoreCase };
                        break;
                    default:
                        throw error($"'{property.Name}' takes a string, {{\"IN\": [...]}} or {{\"REGEX\": \"...\"}}, not '{inner.Name}'");
                }
            }

            return token;
        }

        throw error($"'{property.Name}' takes a string, {{\"IN\": [...]}} or {{\"REGEX\": \"...\"}}");
    }

    private static PatternToken Flag(JsonProperty property, Func<string, Exception> error) =>
        property.Value.ValueKind == JsonValueKind.True
            ? new PatternToken()
            : throw error($"'{property.Name}' supports only true");

    // Sets on token what the one-condition token sets, keeping the rest.
    private static PatternToken Merge(PatternToken token, PatternToken condition) => token with
    {
        Case = condition.Case != TokenCase.Any ? condition.Case : token.Case,
        Kind = condition.Kind != PatternTokenKind.Any ? condition.Kind : token.Kind,
    };

    private static TokenRepeat Repeat(JsonElement value, Func<string, Exception> error) =>
        (value.ValueKind == JsonValueKind.String ? value.GetString() : null) switch
        {
            "1" => TokenRepeat.One,
            "?" => TokenRepeat.Optional,
            "+" => TokenRepeat.OneOrMore,
            "*" => TokenRepeat.ZeroOrMore,
            _ => throw error("'OP' must be \"?\", \"+\", \"*\" or \"1\""),
        };

    private static EntityKind KindOf(string label, Func<string, Exception> error) => label.ToUpperInvariant() switch
    {
        "PERSON" or "PER" => EntityKind.Person,
        "ORGANIZATION" or "ORGANISATION" or "ORG" => EntityKind.Organization,
        "LOCATION" or "LOC" or "GPE" => EntityKind.Location,
        _ => throw error($"unknown label '{label}'; expected Person, Organization or Location (or PER, PERSON, ORG, LOC, GPE)"),
    };

    private static string String(JsonElement value, string key, Func<string, Exception> error) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw error($"'{key}' must be a string");
}
