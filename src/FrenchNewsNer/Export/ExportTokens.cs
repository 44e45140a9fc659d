using System.Globalization;

namespace FrenchNewsNer.Export;

/// <summary>One token of an export: UTF-16 offsets, and whether a sentence starts at it.</summary>
internal readonly record struct ExportToken(int Start, int End, bool StartsSentence);

/// <summary>
/// The tokens the token-based formats (CoNLL/IOB2, spaCy) use: runs of letters and digits (with inner
/// hyphens, and inner points and commas between digits: "Jean-Marie", "8.000", "2,3"), an elision with
/// its apostrophe ("l'", "qu’"), and every other non-space character alone (an astral character is one
/// token). A token also ends at every entity boundary, so that each entity is a whole number of tokens.
/// A sentence starts after a line break and after ".", "!", "?" or "…" followed by a space, except
/// inside an entity.
/// </summary>
internal static class ExportTokens
{
    public static List<ExportToken> Tokenize(string text, IReadOnlyList<Entity> entities)
    {
        var boundary = new bool[text.Length + 1];
        var inside = new bool[text.Length + 1];
        foreach (var entity in entities)
        {
            boundary[entity.Start] = true;
            boundary[entity.End] = true;
            for (var i = entity.Start + 1; i < entity.End; i++)
            {
                inside[i] = true;
            }
        }

        var tokens = new List<ExportToken>();
        var sentenceBreak = true;
        var i0 = 0;
        while (i0 < text.Length)
        {
            var c = text[i0];
            if (char.IsWhiteSpace(c))
            {
                sentenceBreak |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i0++;
                continue;
            }

            var end = i0 + 1;
            if (IsWordChar(text, i0))
            {
                while (end < text.Length && !boundary[end])
                {
                    if (IsWordChar(text, end))
                    {
                        end++;
                    }
                    else if (IsJoiner(text, end) && end + 1 < text.Length && !boundary[end + 1] && IsWordChar(text, end + 1))
                    {
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                if (end < text.Length && !boundary[end] && text[end] is '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
                {
                    end++;
                }
            }
            else if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
            {
                end++;
            }

            tokens.Add(new ExportToken(i0, end, sentenceBreak && !inside[i0]));
            sentenceBreak = sentenceBreak && inside[i0];
            if (end - i0 == 1 && c is '.' or '!' or '?' or '…' && (end == text.Length || char.IsWhiteSpace(text[end])))
            {
                sentenceBreak = true;
            }

            i0 = end;
        }

        return tokens;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsJoiner(string text, int i) => text[i] switch
    {
        '-' or '\u2011' => i > 0 && char.IsLetterOrDigit(text[i - 1]),
        '.' or ',' => i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]),
        _ => false,
    };
}
