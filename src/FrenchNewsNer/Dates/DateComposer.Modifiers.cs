using FrenchNewsNer.Text;

namespace FrenchNewsNer.Dates;

/// <summary>Modifiers: words before any date that open it or make it approximate, and "début", "mi-", "fin" inside it.</summary>
internal static partial class DateComposer
{
    /// <summary>
    /// A modifier phrase of <see cref="DateCompositionLexicon.Modifiers"/> right before token
    /// <paramref name="start"/> (maybe through an article: "avant le 15 mars", "depuis la fin"), not reaching
    /// back to <paramref name="floor"/>: where it starts and what it says.
    /// </summary>
    private static bool TryModifierBefore(Document document, DateCompositionLexicon lexicon, int start, int floor, out int modifierStart, out DateModifier mod)
    {
        modifierStart = start;
        mod = default;
        var before = start;
        if (IsArticle(document, before - 1))
        {
            before--;
        }

        // Most dates have no modifier: one look-up of the word before turns them away.
        if (before < 1 || !lexicon.ModifierLastWords.TryGetValue(document.FoldedOf(before - 1), out _))
        {
            return false;
        }

        foreach (var (phrase, phraseMod) in lexicon.Modifiers)
        {
            var at = before - phrase.Tokens.Length;
            if (at >= floor && phrase.At(document, at) && IsModifierWord(document, at))
            {
                modifierStart = at;
                mod = phraseMod;
                return true;
            }
        }

        return false;
    }

    /// <summary>"dès" folds to "des", the article: the accent tells them apart.</summary>
    private static bool IsModifierWord(Document document, int index) =>
        !document.IsWord(index, "des") || document.OriginalOf(index).IndexOfAny('è', 'È') >= 0;

    private static bool IsArticle(Document document, int index) =>
        document.IsWord(index, "le") || document.IsWord(index, "la") || document.IsWord(index, "l'") || document.IsWord(index, "les");

    /// <summary>"début mars", "fin 2023", "mi-septembre", "la fin de l'année", "milieu de 1989": the boundary the mention opens with.</summary>
    private static DateModifier? BoundaryOf(Document document, DateMention mention)
    {
        var first = mention.Start;
        if (IsArticle(document, first) && first + 1 < mention.End)
        {
            first++;
        }

        if (!document.Tokens[first].IsWord)
        {
            return null;
        }

        var folded = document.FoldedOf(first);
        if (folded.SequenceEqual("debut"))
        {
            return DateModifier.Start;
        }

        if (folded.SequenceEqual("fin"))
        {
            return DateModifier.End;
        }

        return folded.SequenceEqual("milieu") || (folded.StartsWith("mi-") && folded.Length > 3) ? DateModifier.Mid : null;
    }

    /// <summary>"au début de 2000", "à la fin de l'année": the preposition before a boundary joins the span.</summary>
    private static int BoundaryPrefix(Document document, int start, int floor)
    {
        var at = start;
        if (!IsArticle(document, at) && document.IsWord(at - 1, "la"))
        {
            at--; // "la fin de 2000" read from "fin"
        }

        if (document.IsWord(at, "la") && document.IsWord(at - 1, "a") && at - 1 >= floor)
        {
            return at - 1;
        }

        return at == start && document.IsWord(start - 1, "au") && start - 1 >= floor ? start - 1 : start;
    }
}
