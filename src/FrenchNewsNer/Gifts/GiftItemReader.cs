using System.Text;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Numbers;
using FrenchNewsNer.Pipeline;

namespace FrenchNewsNer.Gifts;

/// <summary>A gift item read from text: its token range, count and canonical item name.</summary>
/// <param name="FirstToken">The determiner or number.</param>
/// <param name="EndToken">The token after the item.</param>
/// <param name="Count">The stated count, or null ("des").</param>
/// <param name="Item">Head noun and modifiers, singular ("drone explosif").</param>
/// <param name="Known">Whether the head is a known gift item (evidence for ambiguous verbs).</param>
internal readonly record struct GiftItem(int FirstToken, int EndToken, int? Count, string Item, bool Known);

/// <summary>
/// Reads the noun phrases of gift items: a determiner or number, a head noun, and what follows it up to
/// a clause boundary — adjectives, "de"/"à"/"pour"/"par" complements, model names ("+Geran-25+"),
/// a quoted title ("intitulée «Ile Roussky»") — and coordinated lists ("un drone, un gilet et des
/// vêtements"). It never crosses a sentence end, a person or organisation named after a preposition
/// (that is the giver or recipient), or a cue such as "des mains de".
/// </summary>
internal sealed class GiftItemReader
{
    // Bound on one item's length in tokens: keeps a run-on sentence from becoming one item.
    private const int MaxItemTokens = 18;

    private static readonly FoldedKeySet CountlessDeterminers = FoldedKeySet.Of(
        "des", "les", "ses", "leurs", "plusieurs", "quelques", "divers", "diverses", "son", "sa", "leur", "le", "la", "l'", "du", "ce", "cet", "cette", "ces", "nombreux", "nombreuses");

    private static readonly FoldedKeySet PrenominalAdjectives = FoldedKeySet.Of(
        "seconde", "second", "nouvelle", "nouveau", "nouvel", "dernier", "derniere", "ultime", "veritable", "vraie", "vrai", "grande", "grand", "belle", "bel", "beau", "petite", "petit", "autre", "meilleure", "meilleur", "unique", "double", "premiere", "premier");

    private static readonly FoldedKeySet Prepositions = FoldedKeySet.Of(
        "de", "d'", "du", "des", "a", "pour", "par", "en", "sans", "sur", "contre");

    // Words that end a noun phrase: conjunctions, relatives, clause adverbs and prepositions that start
    // circumstantial phrases rather than complements of the item.
    private static readonly FoldedKeySet Boundaries = FoldedKeySet.Of(
        "et", "ou", "mais", "donc", "car", "ni", "puis", "alors", "ainsi", "selon", "lors", "dans", "pendant", "apres", "avant", "depuis", "avec", "afin", "lorsque", "quand", "qui", "que", "qu'", "dont", "tandis", "comme", "notamment", "hier", "aujourd'hui", "demain", "outre", "chez", "vers", "parmi", "envers", "malgre", "au", "aux",
        "ont", "avait", "avaient", "est", "sont", "etait", "etaient", "sera", "seront", "aura", "auront", "s'est", "se", "s'", "lui", "leur", "il", "elle", "ils", "elles", "on", "y");

    private readonly GiftLexicon _lexicon;
    private readonly FrenchNumberParser _numbers;

    public GiftItemReader(GiftLexicon lexicon, FrenchNumberParser numbers)
    {
        _lexicon = lexicon;
        _numbers = numbers;
    }

    /// <summary>Whether an item can start at <paramref name="index"/> (a determiner or a number).</summary>
    public bool StartsItem(EntityTokenView view, int index, int end) => TryReadDeterminer(view, index, end, out _, out _) || StartsMoney(view, index);

    // "50 millions de dollars": a sum of money given is an item.
    private static bool StartsMoney(EntityTokenView view, int index) =>
        view.EntityAt(index) is { Kind: EntityKind.Quantity, Value: QuantityValue { Dimension: QuantityDimension.Currency } } money && money.Start == view.Tokens[index].Start;

    /// <summary>
    /// Reads a coordinated list of items starting at <paramref name="index"/>; returns the token after the
    /// list. With <paramref name="parties"/>, an item stops before "à"/"par" + a party; with
    /// <paramref name="agentFollows"/> (a passive or "se voir offrir"), before any "par". Quotes around an item ("des vêtements…") stay outside its span.
    /// </summary>
    public int ReadList(EntityTokenView view, int index, int end, List<GiftItem> items, GiftPartyReader? parties = null, bool agentFollows = false)
    {
        var i = index;
        while (i < end)
        {
            var start = i;
            var quoted = false;
            if (view.IsOpeningQuote(i))
            {
                quoted = true;
                i++;
            }

            if (!TryReadItem(view, i, end, out var item, parties, agentFollows))
            {
                return start;
            }

            items.Add(item);
            i = item.EndToken;
            var closesOuterQuote = false;
            if (quoted && i < end && view.IsClosingQuote(i))
            {
                i++;
            }
            else if (!quoted && i < end && view.IsClosingQuote(i))
            {
                // A quote opened before the list closes here: «… un drone de reconnaissance». The list
                // goes on only as a quoted enumeration: «… un gilet» et «des vêtements…».
                i++;
                closesOuterQuote = true;
            }

            // Coordination: ", un …", "et un …", ", et des …", "ainsi que …".
            var next = i;
            if (view.IsChar(next, ','))
            {
                next++;
            }

            if (view.IsWord(next, "et") || view.IsWord(next, "ou"))
            {
                next++;
            }
            else if (view.IsWord(next, "ainsi") && view.IsWord(next + 1, "que"))
            {
                next += 2;
            }

            var probe = view.IsOpeningQuote(next) ? next + 1 : next;
            if (next == i || (closesOuterQuote && probe == next) || !TryReadDeterminer(view, probe, end, out _, out _))
            {
                return i;
            }

            i = next;
        }

        return i;
    }

    /// <summary>Reads one item: determiner or number, head, modifiers.</summary>
    public bool TryReadItem(EntityTokenView view, int index, int end, out GiftItem item, GiftPartyReader? parties = null, bool agentFollows = false)
    {
        item = default;

        // A sum of money is an item of its own: "50 millions de dollars", "une enveloppe" aside.
        if (StartsMoney(view, index))
        {
            var money = view.EntityAt(index)!;
            var after = view.AfterEntity(index);
            if (after <= end)
            {
                item = new GiftItem(index, after, null, money.Text, false);
                return true;
            }
        }

        // "vingt tonnes de médicaments", "500 kilos de riz": a measure of something; the something is the item.
        if (view.EntityAt(index) is { Kind: EntityKind.Quantity } measure && measure.Start == view.Tokens[index].Start)
        {
            var of = view.AfterEntity(index);
            if (of + 1 < end && (view.IsWord(of, "de") || view.IsWord(of, "d'")) && IsPlainWord(view, of + 1) && view.EntityAt(of + 1) is null
                && !CountlessDeterminers.Contains(view.Folded(of + 1)) && !_lexicon.AbstractObjects.Contains(view.Folded(of + 1)))
            {
                var lastWord = ExtendPhrase(view, of + 1, end, parties, agentFollows);
                var (measured, isKnown) = ItemName(view, of + 1, lastWord + 1, count: null);
                item = new GiftItem(index, lastWord + 1, null, measured, isKnown);
                return true;
            }
        }

        if (!TryReadDeterminer(view, index, end, out var headIndex, out var count))
        {
            return false;
        }

        if (headIndex >= end || !IsPlainWord(view, headIndex) || view.EntityAt(headIndex) is { Kind: not EntityKind.Number })
        {
            return false;
        }

        // An abstract head ("service", "soutien") is no present, unless a known item of several words starts
        // there ("un service à thé").
        var knownPhrase = _lexicon.Items.TryMatch(view.Document, headIndex, out var knownLength, out _) && knownLength > 1;

        // "une seconde chance", "une nouvelle occasion": the noun after a prenominal adjective decides.
        var noun = headIndex + 1 < end && PrenominalAdjectives.Contains(view.Folded(headIndex)) && IsPlainWord(view, headIndex + 1) ? headIndex + 1 : headIndex;
        if ((!knownPhrase && _lexicon.AbstractObjects.Contains(view.Folded(noun))) || _lexicon.Verbs.ContainsKey(view.Folded(headIndex)))
        {
            return false;
        }

        var last = ExtendPhrase(view, headIndex, end, parties, agentFollows);
        var (name, known) = ItemName(view, headIndex, last + 1, count);
        item = new GiftItem(index, last + 1, count, name, known);
        return true;
    }

    private bool TryReadDeterminer(EntityTokenView view, int index, int end, out int headIndex, out int? count)
    {
        headIndex = index + 1;
        count = null;
        if (index >= end || index >= view.Count)
        {
            return false;
        }

        var folded = view.Folded(index);
        if (folded.SequenceEqual("un") || folded.SequenceEqual("une"))
        {
            count = 1;
            return true;
        }

        // "de nombreux", "une dizaine de" are counts without a number.
        if (folded.SequenceEqual("de") && view.IsWord(index + 1, "nombreux"))
        {
            headIndex = index + 2;
            return true;
        }

        var token = view.Tokens[index];
        // "là" folds to the article "la": only the original tells them apart.
        if (token.IsWord && CountlessDeterminers.Contains(folded) && !view.Document.OriginalOf(index).Equals("là", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (_numbers.TryMatch(view.Document, index, out var number) && !number.Ordinal && number.Value >= 1 && number.Value == Math.Floor(number.Value) && number.Value < 1e6)
        {
            headIndex = number.NextToken;
            count = (int)number.Value;
            return true;
        }

        return false;
    }

    private int ExtendPhrase(EntityTokenView view, int head, int end, GiftPartyReader? parties, bool agentFollows)
    {
        var last = head;
        var limit = Math.Min(end, head + MaxItemTokens);
        var i = head + 1;
        while (i < limit)
        {
            var token = view.Tokens[i];
            var folded = view.Folded(i);
            if (view.IsOpeningQuote(i))
            {
                // A quoted title belongs to the item when a word before it announces it ("intitulée «…»").
                var close = i + 1;
                while (close < limit && !view.IsClosingQuote(close))
                {
                    close++;
                }

                if (close >= limit)
                {
                    break;
                }

                last = close;
                i = close + 1;
                continue;
            }

            if (view.IsChar(i, '+'))
            {
                // Press-agency markup around a model name: +Geran-25+.
                if (i + 2 < limit && view.Tokens[i + 1].IsWord && view.IsChar(i + 2, '+'))
                {
                    last = i + 2;
                    i += 3;
                    continue;
                }

                break;
            }

            if (view.EntityAt(i) is { Kind: EntityKind.Quantity } amount && amount.Start == token.Start && i > head && view.IsWord(i - 1, "de"))
            {
                // "une enveloppe de 500 millions de dollars": the amount belongs to the item.
                last = view.AfterEntity(i) - 1;
                i = last + 1;
                continue;
            }

            if (!token.IsWord || view.EntityAt(i) is { Kind: EntityKind.Date or EntityKind.Person or EntityKind.Organization })
            {
                break;
            }

            if (Boundaries.Contains(folded) || IsVerbA(view, i) || view.Document.OriginalOf(i) is "là" or "Là")
            {
                break;
            }

            if (_lexicon.Verbs.ContainsKey(folded) || _lexicon.Cues.TryMatch(view.Document, i, out _, out _))
            {
                break;
            }

            if (Prepositions.Contains(folded))
            {
                if (!ContinuesAfterPreposition(view, i, limit, parties, agentFollows))
                {
                    break;
                }

                i++;
                continue;
            }

            if (token.Has(Text.TokenFlags.Capitalized) && !token.Has(Text.TokenFlags.HasDigit))
            {
                break; // a capitalised word outside quotes starts a name, not a modifier
            }

            last = i;
            i++;
        }

        return last;
    }

    // "de reconnaissance", "à décollage vertical", "par les caméras": a complement continues the item
    // unless a person or organisation follows (the giver or recipient), or a cue ("des mains de").
    private bool ContinuesAfterPreposition(EntityTokenView view, int preposition, int limit, GiftPartyReader? parties, bool agentFollows)
    {
        var next = preposition + 1;

        // "à la ville de Washington", "à son homologue", "par le président": the recipient or giver, not a complement.
        var folded = view.Folded(preposition);
        if (agentFollows && folded.SequenceEqual("par") && next < limit && view.Tokens[next].IsWord && CountlessDeterminers.Contains(view.Folded(next)))
        {
            return false; // "s'est vu offrir un ours par les enfants": the agent, whoever it is
        }

        if (parties is not null && (folded.SequenceEqual("a") || folded.SequenceEqual("par") || folded.SequenceEqual("de") || folded.SequenceEqual("d'"))
            && parties.StartsParty(next, limit) && !(folded[0] == 'd' && view.EntityAt(next) is { Kind: EntityKind.Location }))
        {
            return false;
        }

        // "en porcelaine de Sèvres", "tapis d'Iran": a place right after "de" qualifies the item.
        if ((folded.SequenceEqual("de") || folded.SequenceEqual("d'")) && view.EntityAt(next) is { Kind: EntityKind.Location } place && place.Start == view.Tokens[next].Start)
        {
            return true;
        }

        // "son maillot à un jeune supporter": "à" before a determiner names who receives, not what the item is for.
        if (IsPrepositionA(view, preposition) && next < limit && view.Tokens[next].IsWord
            && (CountlessDeterminers.Contains(view.Folded(next)) || view.IsWord(next, "un") || view.IsWord(next, "une")))
        {
            return false;
        }

        // "une enveloppe de 500 millions de dollars": an amount after "de" belongs to the item.
        if (next < limit && view.EntityAt(next) is { Kind: EntityKind.Quantity } amount && amount.Start == view.Tokens[next].Start)
        {
            return true;
        }

        if (next < limit && view.Tokens[next].IsWord && CountlessDeterminers.Contains(view.Folded(next)))
        {
            next++;
        }

        if (next >= limit || !view.Tokens[next].IsWord)
        {
            return next < limit && view.IsChar(next, '+');
        }

        if (view.EntityAt(next) is not null || view.Tokens[next].Has(Text.TokenFlags.Capitalized))
        {
            return false;
        }

        return !view.IsWord(next, "mains") && !view.IsWord(next, "part") && !_lexicon.Cues.TryMatch(view.Document, preposition, out _, out _);
    }

    /// <summary>
    /// The canonical item: a known item phrase if one starts at the head ("gilet par balles" →
    /// "gilet pare-balles"), else the head; then at most one adjective and one "de" complement with its
    /// own modifier, singular when the count is not one.
    /// </summary>
    private (string Name, bool Known) ItemName(EntityTokenView view, int head, int end, int? count)
    {
        // After "de" ("vingt tonnes de médicaments") the noun is plural as written; Singular leaves a mass noun be.
        var plural = count is null ? PluralDeterminer(view, head) || view.IsWord(head - 1, "de") : count != 1;
        var parts = new List<string>();
        var i = head;
        var known = _lexicon.Items.TryMatch(view.Document, head, out var matched, out var canonical) && head + matched <= end;
        if (known)
        {
            parts.Add(canonical);
            i = head + matched;
        }
        else
        {
            parts.Add(Word(view, i, plural));
            i++;
        }

        var adjectiveTaken = false;
        var complementTaken = false;
        while (i < end)
        {
            var folded = view.Folded(i);
            if (folded.SequenceEqual("de") && !complementTaken && view.EntityAt(i + 1) is { Kind: EntityKind.Quantity } amount && amount.Start == view.Tokens[i + 1].Start)
            {
                parts.Add("de " + amount.Text);
                complementTaken = true;
                i = view.AfterEntity(i + 1);
                continue;
            }

            if ((folded.SequenceEqual("de") || folded.SequenceEqual("d'") || folded.SequenceEqual("en") || IsPrepositionA(view, i)) && !complementTaken && i + 1 < end && IsPlainWord(view, i + 1) && !CountlessDeterminers.Contains(view.Folded(i + 1)))
            {
                parts.Add(Original(view, i).ToLowerInvariant() + (folded.SequenceEqual("d'") ? string.Empty : " ") + Original(view, i + 1));
                complementTaken = true;
                i += 2;
                continue;
            }

            if (!adjectiveTaken && IsPlainWord(view, i) && !Prepositions.Contains(folded) && !IsParticiple(view, i))
            {
                // After a complement only a hyphenated modifier belongs to the name: "protection pare-balles".
                if (complementTaken && !view.Tokens[i].Has(Text.TokenFlags.Hyphenated))
                {
                    break;
                }

                parts.Add(complementTaken ? Original(view, i) : Word(view, i, plural));
                adjectiveTaken = true;
                i++;
                continue;
            }

            break;
        }

        return (string.Join(' ', parts), known);
    }

    private static bool PluralDeterminer(EntityTokenView view, int head)
    {
        var determiner = view.Folded(head - 1);
        return determiner.SequenceEqual("des") || determiner.SequenceEqual("les") || determiner.SequenceEqual("ses") || determiner.SequenceEqual("leurs")
            || determiner.SequenceEqual("plusieurs") || determiner.SequenceEqual("quelques") || determiner.SequenceEqual("ces") || determiner.SequenceEqual("nombreux");
    }

    // "intitulée", "destiné", "armés": a participle describes the item but is not part of its name. Only
    // the accented endings tell a participle from a noun ("intitulé" vs "drone"), so read the original.
    private static bool IsParticiple(EntityTokenView view, int index)
    {
        var word = view.Document.OriginalOf(index);
        return word.EndsWith("é", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ée", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("és", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ées", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPrepositionA(EntityTokenView view, int index) => view.Document.OriginalOf(index) is "à" or "À";

    // "a" without its accent is the verb ("il a offert"); "à" is the preposition. Both fold to "a".
    private static bool IsVerbA(EntityTokenView view, int index) => view.Document.OriginalOf(index) is "a" or "A";

    private static bool IsPlainWord(EntityTokenView view, int index) =>
        index < view.Count && view.Tokens[index].IsWord && !view.Tokens[index].Has(Text.TokenFlags.Elision);

    private static string Word(EntityTokenView view, int index, bool plural)
    {
        var word = Original(view, index).ToLowerInvariant();
        return plural ? FrenchPlural.Singular(word) : word;
    }

    private static string Original(EntityTokenView view, int index) => view.Document.OriginalOf(index).ToString();
}
