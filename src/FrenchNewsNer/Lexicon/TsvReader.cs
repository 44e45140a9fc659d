namespace FrenchNewsNer.Lexicon;

/// <summary>
/// Reads the tab-separated files the project's hand-curated data and users' gazetteers are written in:
/// UTF-8, a header line naming the columns, '#' comment lines and blank lines ignored. Every row must
/// have the header's column count (trailing optional columns may be omitted when the caller allows)
/// and no empty required field; otherwise a <see cref="DataFormatException"/> names the file and line.
/// </summary>
internal static class TsvReader
{
    /// <summary>Reads every row, checking the header starts with <paramref name="requiredColumns"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file or resource name, for messages.</param>
    /// <param name="requiredColumns">The first header columns, in order; rows must fill them.</param>
    /// <returns>The rows, fully read (nothing half-loaded escapes on error), each with the header's width.</returns>
    public static List<TsvRow> ReadAll(TextReader reader, string source, params string[] requiredColumns)
    {
        var rows = new List<TsvRow>();
        string[]? header = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                for (var i = 0; i < requiredColumns.Length; i++)
                {
                    if (i >= header.Length || !header[i].Trim().Equals(requiredColumns[i], StringComparison.OrdinalIgnoreCase))
                    {
                        throw new DataFormatException(source, lineNumber, $"expected a header starting with '{string.Join("\\t", requiredColumns)}', found '{line}'");
                    }
                }

                continue;
            }

            if (fields.Length > header.Length)
            {
                throw new DataFormatException(source, lineNumber, $"{fields.Length} fields where the header has {header.Length}");
            }

            if (fields.Length < requiredColumns.Length)
            {
                throw new DataFormatException(source, lineNumber, $"{fields.Length} field(s) where at least {requiredColumns.Length} are required ({string.Join(", ", requiredColumns)}); are the columns separated by tabs?");
            }

            var padded = new string[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                padded[i] = i < fields.Length ? fields[i].Trim() : string.Empty;
            }

            for (var i = 0; i < requiredColumns.Length; i++)
            {
                if (padded[i].Length == 0)
                {
                    throw new DataFormatException(source, lineNumber, $"the required field '{requiredColumns[i]}' is empty");
                }
            }

            rows.Add(new TsvRow(source, lineNumber, padded));
        }

        if (header is null)
        {
            throw new DataFormatException(source, 0, $"no header line; expected '{string.Join("\\t", requiredColumns)}'");
        }

        return rows;
    }
}

/// <summary>One data row and where it came from, so later validation can name the line too.</summary>
/// <param name="Source">The file or resource name.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Fields">The fields, as wide as the header.</param>
internal sealed record TsvRow(string Source, int Line, string[] Fields)
{
    public string this[int index] => Fields[index];

    /// <summary>An exception about this row.</summary>
    public DataFormatException Error(string message) => new(Source, Line, message);

    /// <summary>
    /// The named member of <typeparamref name="TEnum"/> in column <paramref name="column"/>; a number or an
    /// unknown name throws "unknown <paramref name="what"/> '…'; expected …" with this row's file and line.
    /// </summary>
    public TEnum ParseEnum<TEnum>(int column, string what, bool ignoreCase = true)
        where TEnum : struct, Enum
    {
        var text = Fields[column];
        // Enum.TryParse also accepts "3" or "1,2": data files name members, never numbers.
        if (text.Length > 0 && char.IsLetter(text[0]) && !text.Contains(',') && Enum.TryParse<TEnum>(text, ignoreCase, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        throw Error($"unknown {what} '{text}'; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}");
    }
}
