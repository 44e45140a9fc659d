using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Sports clubs named after their town: "Marseille a battu Lyon 2-1", "Lyon s'est imposé face à Lille (3-0)".
/// A town beside a sports cue (Data/names/sports-cues.tsv), in a sentence with a score, is its club.
/// </summary>
internal sealed partial class NameRecognizer
{
    // How far from the town a score is looked for, in tokens each way (the sentence usually ends first).
    private const int ScoreWindow = 40;

    // Auxiliaries and pronouns between a team and its verb ("Lyon a battu", "Lyon s'est imposé"); folded.
    private static readonly FoldedKeySet Auxiliaries = Set("a", "ont", "avait", "aura", "s'", "se", "est", "sont", "l'", "les", "n'", "ne", "y");

    // Turns the towns found beside a sports cue, in a sentence with a score, into clubs.
    private void MarkTownTeams(Document document, List<Found> found)
    {
        for (var f = 0; f < found.Count; f++)
        {
            var name = found[f];
            if (name.Kind != EntityKind.Location || name.CharStart > 0 || name.CharEnd > 0 || name.Source == GazetteerSource.User
                || !HasSportsCue(document, name) || !HasScoreNear(document, name.Start)
                || !_gazetteers.Places.TryMatchExact(document, name.Start, name.End - name.Start, out var place)
                || place.Primary.Type is PlaceType.Country or PlaceType.Territory or PlaceType.Area)
            {
                continue;
            }

            found[f] = name with { Kind = EntityKind.Organization, Canonical = null };
        }
    }

    // "contre Lyon", "face à Lyon", "a battu Lyon"; "Lyon a battu", "Lyon s'est imposé".
    private static bool HasSportsCue(Document document, Found name)
    {
        var before = name.Start - 1;
        if (Is(NameWordLists.SportsCuesBefore, document, before) || (IsWord(document, before, "a") && IsWord(document, before - 1, "face")))
        {
            return true;
        }

        // "le maire de Lyon a battu le record": after a complement's "de" the verb is the head noun's.
        if (Is(Connectors, document, before))
        {
            return false;
        }

        var after = name.End;
        for (var skipped = 0; skipped < 2 && Is(Auxiliaries, document, after); skipped++)
        {
            after++;
        }

        return Is(NameWordLists.SportsCuesAfter, document, after);
    }

    // A score ("2-1", "2 - 1", "3:0", "3 à 1") in the sentence of token k, within ScoreWindow tokens.
    private static bool HasScoreNear(Document document, int k)
    {
        var tokens = document.Tokens;
        var from = k;
        while (from > 0 && k - from < ScoreWindow && !StartsSentence(document, from))
        {
            from--;
        }

        for (var t = from; t < tokens.Length && t - k < ScoreWindow && (t <= k || !StartsSentence(document, t)); t++)
        {
            if (IsScoreAt(document, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsScoreAt(Document document, int t)
    {
        var tokens = document.Tokens;
        var text = document.OriginalOf(t);
        if (text.Length is >= 3 and <= 5 && tokens[t].Has(TokenFlags.HasDigit))
        {
            // One token: "2-1", "10-9", "3:0".
            var separator = text.IndexOfAny('-', ':');
            return separator > 0 && separator <= 2 && IsSmallNumber(text[..separator]) && IsSmallNumber(text[(separator + 1)..]);
        }

        return IsSmallNumber(text) && t + 2 < tokens.Length && (document.IsChar(t + 1, '-') || document.IsChar(t + 1, ':') || IsWord(document, t + 1, "a"))
            && IsSmallNumber(document.OriginalOf(t + 2));
    }

    private static bool IsSmallNumber(ReadOnlySpan<char> text) => text.Length is 1 or 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]);
}
