using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// Where digits stop being a number of their own: glued to a word or to other digits, they are part of a
/// name, a code or a unit written together ("G8", "A380", "h30"; "29km", "5G"). One decision for the
/// families that read numbers (the Number and Quantity recognisers), so that they cannot drift apart.
/// </summary>
internal static class NumberEdges
{
    /// <summary>
    /// Whether token <paramref name="index"/> touches, with no space, a word or a number before it. An elided
    /// word does not count: "l'1" and "d'2" are a missing space after an apostrophe.
    /// </summary>
    public static bool GluedAfterWordOrNumber(Document document, int index)
    {
        if (!document.IsGlued(index))
        {
            return false;
        }

        var previous = document.Tokens[index - 1];
        return (previous.IsWord && !previous.Has(TokenFlags.Elision)) || previous.IsNumber;
    }

    /// <summary>Whether a word or a number touches token <paramref name="index"/>, with no space, right after it.</summary>
    public static bool GluedBeforeWordOrNumber(Document document, int index)
    {
        var next = index + 1;
        return document.IsGlued(next) && (document.Tokens[next].IsWord || document.Tokens[next].IsNumber);
    }
}
