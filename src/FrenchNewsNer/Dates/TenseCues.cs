using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>
/// Which way the verb around a date mention points, from a bounded look at the words nearby: the nearest
/// cue within <see cref="Window"/> tokens on either side, inside the sentence and the clause (a ";" or a
/// sentence end stops the look), decides. A heuristic, deliberately small:
/// <list type="bullet">
/// <item>forward: a future form ending in -ra or -ront ("aura lieu", "se rendra", "seront") other than the
/// listed nouns (<c>notfuture</c> in <c>Data/dates/cues.tsv</c>) and proper names; -rai, -rons, -rez after
/// "je", "nous", "vous"; "va", "doit", "devrait" … before an infinitive; "prévu", "prochain";</item>
/// <item>backward: an auxiliary ("a", "ont", "est", "avait" …) before a past participle ("a démissionné",
/// "sont partis"); "dernier".</item>
/// </list>
/// It misses the simple past and the present used for the future; it is consulted only where the text
/// leaves the direction open (a bare weekday, a day or month without a year, "ce week-end").
/// </summary>
internal static class TenseCues
{
    /// <summary>How many tokens on each side are examined.</summary>
    public const int Window = 8;

    /// <summary>
    /// The direction the nearest tense cue around tokens [<paramref name="start"/>, <paramref name="end"/>) gives;
    /// <paramref name="wordIds"/> holds each token's id in <see cref="DateLexicon.Words"/> (as the grammar left them).
    /// </summary>
    public static Direction Around(Document document, DateLexicon lexicon, int[] wordIds, int start, int end)
    {
        var tokens = document.Tokens;
        var leftOpen = true;
        var rightOpen = true;
        for (var distance = 1; distance <= Window && (leftOpen || rightOpen); distance++)
        {
            if (leftOpen)
            {
                var k = start - distance;
                if (k < 0 || tokens[k + 1].Has(TokenFlags.SentenceStart) || IsClauseEnd(document, k))
                {
                    leftOpen = false;
                }
                else if (CueAt(document, lexicon.Words.Words[wordIds[k] & DateWordTable.IdMask], k) is var cue and not Direction.None)
                {
                    return cue;
                }
            }

            if (rightOpen)
            {
                var k = end - 1 + distance;
                if (k >= tokens.Length || tokens[k].Has(TokenFlags.SentenceStart) || IsClauseEnd(document, k))
                {
                    rightOpen = false;
                }
                else if (CueAt(document, lexicon.Words.Words[wordIds[k] & DateWordTable.IdMask], k) is var cue and not Direction.None)
                {
                    return cue;
                }
            }
        }

        return Direction.None;
    }

    private static bool IsClauseEnd(Document document, int k) =>
        document.Tokens[k].IsPunctuation && document.ShadowSpan[document.Tokens[k].FoldStart] is '.' or ';' or '!' or '?';

    /// <summary>The cue of token <paramref name="k"/>, whose entry in the date word table is <paramref name="word"/>.</summary>
    private static Direction CueAt(Document document, DateWord? word, int k)
    {
        var token = document.Tokens[k];
        if (!token.IsWord)
        {
            return Direction.None;
        }

        // What DateLexicon.CuesOf and Modifiers say of the word, read from its table entry.
        var roles = word?.Cues is { } cues ? DateLexicon.RolesOf(cues, document, k) : CueRoles.None;
        if ((roles & CueRoles.Forward) != 0)
        {
            return Direction.Forward;
        }

        var folded = document.FoldedOf(k);
        if (word is not null && (word.Kinds & DateWordKinds.Modifier) != 0 && !word.Modifier.Anaphoric)
        {
            return word.Modifier.Direction > 0 ? Direction.Forward : Direction.Backward;
        }

        if ((roles & CueRoles.GoingTo) != 0 && InfinitiveAfter(document, k + 1))
        {
            return Direction.Forward;
        }

        if ((roles & CueRoles.NotFuture) == 0 && IsFutureForm(document, k, folded))
        {
            return Direction.Forward;
        }

        if ((roles & CueRoles.PastAux) != 0 && (IsParticiple(document, k + 1) || (IsAdverbAfterAux(document, k + 1) && IsParticiple(document, k + 2))))
        {
            return Direction.Backward;
        }

        return Direction.None;
    }

    private static bool IsFutureForm(Document document, int k, ReadOnlySpan<char> folded)
    {
        var token = document.Tokens[k];
        if (token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.SentenceStart) && !token.Has(TokenFlags.AllCaps))
        {
            return false; // "Sandra", "Ankara"
        }

        if ((folded.Length >= 3 && folded.EndsWith("ra")) || (folded.Length >= 5 && folded.EndsWith("ront")))
        {
            return true;
        }

        // First and second persons only with their pronoun: "-rai", "-rons", "-rez" end many nouns.
        return (folded.EndsWith("rai") && (document.IsWord(k - 1, "je") || document.IsWord(k - 1, "j'")))
            || (folded.EndsWith("rons") && document.IsWord(k - 1, "nous"))
            || (folded.EndsWith("rez") && document.IsWord(k - 1, "vous"));
    }

    /// <summary>"va se rendre", "doit arriver", "vont y participer".</summary>
    private static bool InfinitiveAfter(Document document, int k)
    {
        for (var step = 0; step < 3 && k < document.Tokens.Length; step++, k++)
        {
            if (!document.Tokens[k].IsWord)
            {
                return false;
            }

            var folded = document.FoldedOf(k);
            if (folded.EndsWith("er") || folded.EndsWith("ir") || folded.EndsWith("re") || folded.EndsWith("oir"))
            {
                return true;
            }

            if (!IsClitic(folded))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsClitic(ReadOnlySpan<char> folded) =>
        folded is "se" or "s'" or "le" or "la" or "les" or "l'" or "lui" or "leur" or "y" or "en" or "nous" or "vous" or "me" or "m'" or "te" or "t'" or "ne" or "n'" or "pas" or "bientot" or "encore";

    private static bool IsAdverbAfterAux(Document document, int k) =>
        document.IsWord(k, "deja") || document.IsWord(k, "pas") || document.IsWord(k, "ete") || document.IsWord(k, "bien") || document.IsWord(k, "finalement");

    /// <summary>A past participle by its ending in the original spelling: é, ée, és, ées, i, is, it, u, ue, us, ert, ort, int.</summary>
    private static bool IsParticiple(Document document, int k)
    {
        if ((uint)k >= (uint)document.Tokens.Length || !document.Tokens[k].IsWord)
        {
            return false;
        }

        var original = document.OriginalOf(k);
        Span<char> tail = stackalloc char[3];
        var length = Math.Min(3, original.Length);
        for (var i = 0; i < length; i++)
        {
            tail[i] = DateLexicon.ToLowerInvariant(original[original.Length - length + i]); // no ICU call per "é"
        }

        var end = tail[..length];
        if (end.IndexOf('é') >= 0 && (end[^1] == 'é' || end.EndsWith("ée") || end.EndsWith("és") || end.EndsWith("ées")))
        {
            return true;
        }

        var folded = document.FoldedOf(k);
        return folded.Length >= 2
            && (folded.EndsWith("i") || folded.EndsWith("is") || folded.EndsWith("it") || folded.EndsWith("u") || folded.EndsWith("ue") || folded.EndsWith("us")
                || folded.EndsWith("ert") || folded.EndsWith("ort") || folded.EndsWith("int"));
    }
}
