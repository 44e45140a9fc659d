using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>The parts of number words: hyphenated parts, multi-part words ("quatre vingt") across tokens.</summary>
internal partial class FrenchNumberParser
{
    /// <summary>The part at <paramref name="p"/>: up to the next hyphen of a word, or the whole token.</summary>
    private static bool TryPart(in Ctx c, Pos p, int limit, out int partEnd, out bool endsToken)
    {
        partEnd = 0;
        endsToken = false;
        if (p.IsNone || p.Token >= limit)
        {
            return false;
        }

        var token = c.Tokens[p.Token];
        partEnd = token.FoldEnd;
        if (token.IsWord && token.Has(TokenFlags.Hyphenated))
        {
            var dash = c.Shadow.Slice(p.Offset, token.FoldEnd - p.Offset).IndexOf('-');
            if (dash >= 0)
            {
                partEnd = p.Offset + dash;
            }
        }

        endsToken = partEnd == token.FoldEnd;
        return partEnd > p.Offset;
    }

    /// <summary>The position after a part: the next part of the same word, or the next token if only spaces lie between.</summary>
    private static Pos After(in Ctx c, int token, int partEnd, bool endsToken)
    {
        if (!endsToken)
        {
            return new Pos(token, partEnd + 1);
        }

        var next = token + 1;
        return c.IsSpacedOnLine(next) ? new Pos(next, c.Tokens[next].FoldStart) : Pos.None;
    }

    /// <summary>Whether the part at <paramref name="p"/> is the word <paramref name="folded"/>.</summary>
    private static bool IsPartText(in Ctx c, Pos p, int limit, string folded, out Pos after)
    {
        after = Pos.None;
        if (!TryPart(c, p, limit, out var partEnd, out var endsToken) || !c.Tokens[p.Token].IsWord
            || !c.Shadow.Slice(p.Offset, partEnd - p.Offset).SequenceEqual(folded))
        {
            return false;
        }

        after = After(c, p.Token, partEnd, endsToken);
        return true;
    }

    /// <summary>The number word at <paramref name="p"/>; a multi-part word ("quatre vingt") may span parts and tokens.</summary>
    private bool TryWordAt(in Ctx c, Pos p, int limit, out NumberWord word, out Pos next, out int lastToken, out bool endsToken)
    {
        word = null!;
        next = Pos.None;
        lastToken = -1;
        endsToken = false;
        if (!TryPart(c, p, limit, out var partEnd, out var partEnds) || !c.Tokens[p.Token].IsWord)
        {
            return false;
        }

        var text = c.Shadow.Slice(p.Offset, partEnd - p.Offset);

        // Most parts are no number word: the prefilter answers that without hashing the part, and a
        // part that passes is hashed once for both tables.
        var lexicon = Lexicon;
        if (!lexicon.MayStartWord(text))
        {
            return false;
        }

        var hash = FoldedHash.Of(text);
        var compounds = lexicon.CompoundsStartingWith(text, hash);
        if (compounds is not null)
        {
            foreach (var compound in compounds)
            {
                if (TryMatchCompound(c, compound, p.Token, partEnd, partEnds, limit, out next, out lastToken, out endsToken))
                {
                    word = compound;
                    return true;
                }
            }
        }

        if ((!lexicon.TryGetWord(text, hash, out word) && !lexicon.TryGetFuzzyOrdinal(text, out word)) || word.Class == NumberWordClass.Vulgar)
        {
            return false;
        }

        next = After(c, p.Token, partEnd, partEnds);
        lastToken = p.Token;
        endsToken = partEnds;
        return true;
    }

    private static bool TryMatchCompound(in Ctx c, NumberWord compound, int token, int partEnd, bool partEnds, int limit, out Pos next, out int lastToken, out bool endsToken)
    {
        lastToken = token;
        endsToken = partEnds;
        next = After(c, token, partEnd, partEnds);
        for (var k = 1; k < compound.Parts.Length; k++)
        {
            var pos = next;
            if (!TryPart(c, pos, limit, out var end, out var ends) || !c.Tokens[pos.Token].IsWord
                || !c.Shadow.Slice(pos.Offset, end - pos.Offset).SequenceEqual(compound.Parts[k]))
            {
                return false;
            }

            lastToken = pos.Token;
            endsToken = ends;
            next = After(c, pos.Token, end, ends);
        }

        return true;
    }
}
