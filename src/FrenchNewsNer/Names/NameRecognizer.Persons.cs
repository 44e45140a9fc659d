using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// The rules that find persons: a title or role before capitalised words ("le gouverneur X", "M. Kim"), a known
/// first name before them, an initial with its full stop, and where a person's name ends.
/// </summary>
internal sealed partial class NameRecognizer
{
    // "M. Kim", "le président russe Vladimir Poutine", "le ministre de l'Écologie Jean Dupont": the
    // capitalised words after a title (its demonyms and complement skipped) are a person; the title stays out.
    private Found? TryTitle(Document document, int i, int hash)
    {
        if (!_gazetteers.Titles.TryMatch(document, i, hash, out var count, out var title))
        {
            return null;
        }

        var tokens = document.Tokens;
        var j = i + count;
        if (title.Category == TitleCategory.Civility && TryParticleName(document, j) is { } particleName)
        {
            // "M. de Gaulle", "Mme van der Berg": after a civility the particle is the name's, not an office's complement.
            return particleName;
        }

        j = SkipDemonyms(document, j);
        if (Is(Connectors, document, j))
        {
            // The office's complement ("de l'Écologie", "des Affaires étrangères"): skip it to the name.
            var k = j + 1;
            if (Is(Articles, document, k))
            {
                k++;
            }

            var any = false;
            while (k < tokens.Length && IsCapitalizedWord(tokens[k]))
            {
                k++;
                any = true;
            }

            if (!any)
            {
                // "le président du conseil régional Michel Giraud": a complement in lower case, then a full name.
                k = LowerCaseComplementEnd(document, k);
                if (k < 0)
                {
                    return null;
                }
            }

            while (k < tokens.Length && tokens[k].IsWord && !tokens[k].Has(TokenFlags.Capitalized) && k - j < 6
                && !Is(Connectors, document, k) && k + 1 < tokens.Length && IsCapitalizedWord(tokens[k + 1]))
            {
                k++;
            }

            j = SkipDemonyms(document, k);
        }

        if (document.IsChar(j, '(') || document.IsChar(j, ','))
        {
            j++;
        }

        var civility = title.Category == TitleCategory.Civility;
        if (j >= tokens.Length || !IsCapitalizedWord(tokens[j]) || StartsSentence(document, j))
        {
            return null;
        }

        if (!civility && IsCommon(document, j) && !IsKnownPersonWord(document, j) && !IsSurnameAfterTitle(document, j))
        {
            return null;
        }

        // A place or organisation right after a role ("le président Kremlin") is not a person; a plural title
        // announces persons, so there a one-word place is a surname ("les avocats Pessac et Ballet").
        var plural = title.Number == GrammaticalNumber.Plural;
        if (!civility && StartsNonPersonName(document, j) && !(plural && IsOneWordPlace(document, j)))
        {
            return null;
        }

        // After "M." or "Mme" every capitalised word of the run is the person's, a town's name too ("M. Barón Crespo").
        var end = NameEnd(document, j, allowCommonFirst: true, afterCivility: civility);
        var person = PersonAt(document, j, end);
        return plural ? person with { Origin = FoundOrigin.PluralTitle } : person;
    }

    // "Oleg Kojémiako", "Jean-Pierre Raffarin", "Kim Jong Un": a known first name and capitalised words.
    private Found? TryFirstName(Document document, int i)
    {
        var tokens = document.Tokens;
        var token = tokens[i];
        if (!token.Has(TokenFlags.Capitalized) || token.Has(TokenFlags.AllCaps))
        {
            return null;
        }

        // A first name needs a particle or a capitalised word in the same sentence after it. Most capitalised
        // words have neither, so this is tested before the (large) first-name table is probed.
        var next = i + 1;
        var capitalizedNext = next < tokens.Length && IsCapitalizedWord(tokens[next]) && !StartsSentence(document, next);
        var particleNext = !capitalizedNext && next < tokens.Length && !tokens[next].Has(TokenFlags.Capitalized) && Is(Particles, document, next);
        if ((!particleNext && !capitalizedNext) || !IsFirstName(document, i))
        {
            return null;
        }

        if (particleNext)
        {
            // "Marc van Dongen": the particle is checked by NameEnd, which wants a capitalised word after it.
            var withParticle = NameEnd(document, i, allowCommonFirst: true);
            return withParticle - i >= 3 ? PersonAt(document, i, withParticle) : null;
        }

        // A first name that is also a common word ("Pierre", "Rose") needs a surname that is not; any first
        // name needs one that is no title or designator ("Marie Gare" is not a name, "Benjamin Constant" is).
        // (Both French words, they make a name only where the words' places in the sentence say so: see
        // IsCommonWordFullName.)
        var wordPair = false;
        if (IsCommon(document, next) && !_gazetteers.Surnames.Contains(document.FoldedOf(next))
            && (IsCommon(document, i) || IsTitleOrDesignator(document, next)))
        {
            if (!IsCommonWordFullName(document, i, next))
            {
                return null;
            }

            wordPair = true;
        }

        if (StartsNonPersonName(document, next) && !IsKnownPersonWord(document, next))
        {
            return null;
        }

        var end = NameEnd(document, i, allowCommonFirst: true);
        if (wordPair && end < next + 1)
        {
            end = next + 1;
        }

        return end - i >= 2 ? PersonAt(document, i, end) : null;
    }

    // "L. Jalabert": an initial with its full stop before a capitalised word that is not a French word.
    private Found? TryInitial(Document document, int i)
    {
        var tokens = document.Tokens;
        var name = i + 2;
        if (tokens[i].Length != 1 || !tokens[i].Has(TokenFlags.Capitalized) || !document.IsChar(i + 1, '.') || name >= tokens.Length
            || !IsCapitalizedWord(tokens[name]) || tokens[name].Length < 2 || (IsCommon(document, name) && !IsKnownPersonWord(document, name))
            || StartsNonPersonName(document, name))
        {
            return null;
        }

        var end = NameEnd(document, name, allowCommonFirst: false);
        return end > name ? new Found(EntityKind.Person, i, end, null) : null;
    }

    // The end of a person's name starting at `start`: capitalised words, particles between them,
    // a regnal number after them, the third part of an East Asian name ("Kim Jong Un").
    private int NameEnd(Document document, int start, bool allowCommonFirst, bool afterCivility = false)
    {
        var tokens = document.Tokens;
        var end = start;
        var k = start;
        var parts = 0;

        // Whether the first word is a first name is asked up to twice per part: the (large) table is probed once.
        var startFirstName = 0; // 0: not looked up yet, 1: yes, 2: no
        while (k < tokens.Length && parts < 5)
        {
            var token = tokens[k];
            if (k > start && StartsSentence(document, k))
            {
                break;
            }

            if (IsCapitalizedWord(token) && !Is(Particles, document, k))
            {
                if (parts > 0 && IsRoman(document.FoldedOf(k)) && token.Has(TokenFlags.AllCaps))
                {
                    return k + 1;
                }

                // A title ("Soeur", "Général") or a first name after a surname starts the next person of a list;
                // so does a first name and a capitalised word right after a listed person ("Benjamin Constant Jean
                // Nicollier" in a headline).
                if (parts > 0 && (_gazetteers.Titles.TryMatch(document, k, out _, out _)
                    || (IsFirstName(document, k) && k + 1 < tokens.Length && IsCapitalizedWord(tokens[k + 1]) && !Is(Particles, document, k - 1)
                        && (_gazetteers.Persons.TryMatch(document, start, out var listedCount, out _)
                            ? start + listedCount == k
                            : !IsFirstName(document, k - 1) && !_gazetteers.Surnames.Contains(document.FoldedOf(k))))))
                {
                    break;
                }

                var common = IsCommon(document, k) && !IsKnownPersonWord(document, k);
                var surnameAfterFirstName = parts == 1 && StartIsFirstName() && (allowCommonFirst || !IsCommon(document, start))
                    && !_gazetteers.Titles.TryMatch(document, k, out _, out _) && !IsDesignatorWithComplement(document, k);
                if (common && !(parts == 0 && allowCommonFirst) && !surnameAfterFirstName && !IsAsianSyllable(document, start, k, parts))
                {
                    break;
                }

                // A place's name after a first name or a particle is a surname ("Claire Limoges", "da Costa").
                var afterParticle = k > start && Is(Particles, document, k - 1);
                if (parts > 0 && !afterParticle && !afterCivility && !(parts == 1 && StartIsFirstName())
                    && StartsNonPersonName(document, k) && !IsKnownPersonWord(document, k))
                {
                    break;
                }

                parts++;
                k = IsBrokenWord(document, k) ? k + 3 : k + 1;
                end = k;
                continue;
            }

            // A particle continues the name only when a capitalised word follows it ("de Gaulle", "Le Pen").
            if (parts > 0 && token.IsWord && Is(Particles, document, k))
            {
                var next = k + 1;
                {
                    if (next < tokens.Length && IsCapitalizedWord(tokens[next]) && !StartsSentence(document, next)
                        && !IsCommon(document, next))
                    {
                        k = next;
                        continue;
                    }
                }
            }

            break;
        }

        // A listed person starting here ("Kim Jong Un") is taken whole, whatever its words look like.
        if (_gazetteers.Persons.TryMatch(document, start, out var listed, out _) && start + listed > end)
        {
            end = start + listed;
        }

        if (_gazetteers.UserNames.TryMatch(document, start, out listed, out var user) && user.Kind == EntityKind.Person && start + listed > end)
        {
            end = start + listed;
        }

        return end;

        bool StartIsFirstName()
        {
            if (startFirstName == 0)
            {
                startFirstName = IsFirstName(document, start) ? 1 : 2;
            }

            return startFirstName == 1;
        }
    }

    // "Kim Jong Un", "Moon Jae-in": short syllables after a short family name, even if one is a French word ("Un").
    private static bool IsAsianSyllable(Document document, int start, int k, int parts)
    {
        var tokens = document.Tokens;
        // Only the last of three parts may be a French word: "Kim Jong Un", not "Dior Et".
        return parts == 2 && tokens[k].Length <= 4 && tokens[start].Length <= 4 && tokens[k - 1].Length <= 4
            && tokens[k - 1].IsWord && !tokens[k - 1].Has(TokenFlags.AllCaps);
    }
}
