using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;
using System.Runtime.CompilerServices;

namespace FrenchNewsNer.Names.Gazetteers;

/// <summary>How the case of a document token must agree with the token of a gazetteer name it matches.</summary>
internal enum CaseRule : byte
{
    /// <summary>The name's token is in lower case ("du" in "Corée du Nord"): any token matches.</summary>
    Any,

    /// <summary>The name's token starts with a capital ("Nice"): only a capitalised token matches, not "nice".</summary>
    Capitalized,

    /// <summary>The name's token is an acronym in capitals ("AP", "RPDC"): only an all-capitals token matches, not "Ap".</summary>
    AllCaps,
}

/// <summary>
/// A frozen gazetteer of names with one payload each, matched on document tokens by their folded forms,
/// longest name first. Like <see cref="PhraseMatcher{T}"/>, but built for tens of thousands of entries:
/// a single-word name ("Vladivostok", "Jean-Pierre") is keyed directly by its folded form without being
/// tokenised, and only names of several tokens ("Corée du Nord", "É.-U.") go through the
/// <see cref="Tokenizer"/>, so they split exactly as they do in text. One hash probe per token finds both
/// the single-word name and the longer names that start with that token.
/// Case: every token of a name written with a capital must be capitalised in the text ("Le Monde" the
/// newspaper, not "Le monde entier"); a token in capitals ("RPDC") must be in capitals. Listing the same
/// name again with a lower-case token ("Corée du nord") relaxes that token.
/// </summary>
/// <typeparam name="T">The payload.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly FoldedMap<Slot> _byFirstToken;

    // The slots of _byFirstToken that hold a name whose first token may be written in lower case (a name listed
    // in lower case, a leading article): the only ones a lower-case token can match. Most tokens of a text are
    // lower case and most names are capitalised, so a lower-case token probes this small map, not the large one.
    // The same map as _byFirstToken when few names are capitalised (titles, designators).
    private readonly FoldedMap<Slot> _byLowerCaseFirstToken;

    private NameIndex(FoldedMap<Slot> byFirstToken, FoldedMap<Slot> byLowerCaseFirstToken, string[] lowerCaseFirstTokens, int count)
    {
        _byFirstToken = byFirstToken;
        _byLowerCaseFirstToken = byLowerCaseFirstToken;
        LowerCaseFirstTokens = lowerCaseFirstTokens;
        Count = count;
    }

    /// <summary>
    /// The folded first tokens of the names that a token in lower case can start: the names listed in lower
    /// case and those with a leading article. Any other name needs a capitalised token or one in capitals.
    /// </summary>
    public IReadOnlyList<string> LowerCaseFirstTokens { get; }

    /// <summary>An empty index.</summary>
    public static NameIndex<T> Empty { get; } = new Builder().Build();

    /// <summary>How many distinct names the index holds.</summary>
    public int Count { get; }

    /// <summary>The longest name starting at token <paramref name="index"/>, if any.</summary>
    public bool TryMatch(Document document, int index, out int tokenCount, out T value)
    {
        if ((uint)index >= (uint)document.Tokens.Length)
        {
            tokenCount = 0;
            value = default!;
            return false;
        }

        return TryMatch(document, index, document.HashOf(index), out tokenCount, out value);
    }

    /// <summary>
    /// <see cref="TryMatch(Document, int, out int, out T)"/> with the <see cref="FoldedHash.Of"/> of token
    /// <paramref name="index"/>'s folded form already computed (one hash for every index a token is looked up in).
    /// </summary>
    public bool TryMatch(Document document, int index, int foldedHash, out int tokenCount, out T value)
    {
        tokenCount = 0;
        value = default!;
        if ((uint)index >= (uint)document.Tokens.Length || !SlotsFor(document.Tokens[index]).TryGetValue(document.FoldedOf(index), foldedHash, out var slot))
        {
            return false;
        }

        if (slot.Longer is { } phrases)
        {
            if (slot.BySecond is { } bySecond)
            {
                // Only the phrases whose second word is the next token can match, in the same longest-first order.
                phrases = index + 1 < document.Tokens.Length && bySecond.TryGetValue(document.FoldedOf(index + 1), document.HashOf(index + 1), out var next) ? next : [];
            }

            foreach (var phrase in phrases)
            {
                if (PhraseMatches(document, index, phrase))
                {
                    tokenCount = phrase.Tokens.Length;
                    value = phrase.Value;
                    return true;
                }
            }
        }

        if (slot.Value is not null && CaseAgrees(slot.Case, document.Tokens[index]))
        {
            tokenCount = 1;
            value = slot.Value;
            return true;
        }

        return false;
    }

    /// <summary>The name of exactly <paramref name="tokenCount"/> tokens at <paramref name="index"/>, if listed.</summary>
    public bool TryMatchExact(Document document, int index, int tokenCount, out T value)
    {
        value = default!;
        if (tokenCount < 1 || (uint)index >= (uint)document.Tokens.Length || index + tokenCount > document.Tokens.Length
            || !SlotsFor(document.Tokens[index]).TryGetValue(document.FoldedOf(index), document.HashOf(index), out var slot))
        {
            return false;
        }

        if (tokenCount == 1)
        {
            if (slot.Value is not null && CaseAgrees(slot.Case, document.Tokens[index]))
            {
                value = slot.Value;
                return true;
            }

            return false;
        }

        foreach (var phrase in slot.Longer ?? [])
        {
            if (phrase.Tokens.Length == tokenCount && PhraseMatches(document, index, phrase))
            {
                value = phrase.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Looks a whole name up, ignoring case and accents ("corée du nord", "RPDC"); for resolution and
    /// tests, not for scanning text (it tokenises <paramref name="name"/>).
    /// </summary>
    public bool TryGet(string name, out T value)
    {
        var document = Document.Create(name);
        value = default!;
        if (document.Tokens.Length == 0 || !_byFirstToken.TryGetValue(document.FoldedOf(0), out var slot))
        {
            return false;
        }

        if (document.Tokens.Length == 1)
        {
            value = slot.Value!;
            return slot.Value is not null;
        }

        foreach (var phrase in slot.Longer ?? [])
        {
            if (phrase.Tokens.Length == document.Tokens.Length && TokensMatch(document, 0, phrase.Tokens))
            {
                value = phrase.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a single folded token is a whole name of the index (whatever its case rule).</summary>
    public bool ContainsSingleToken(ReadOnlySpan<char> foldedToken) =>
        _byFirstToken.TryGetValue(foldedToken, out var slot) && slot.Value is not null;

    // A token in lower case (neither capitalised nor in capitals) agrees only with CaseRule.Any, so only a slot
    // with a lower-case first token can give it a match.
    private FoldedMap<Slot> SlotsFor(Token token) =>
        (token.Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) == 0 ? _byLowerCaseFirstToken : _byFirstToken;

    private static bool CaseAgrees(CaseRule rule, Token token) => rule switch
    {
        CaseRule.Capitalized => token.Has(TokenFlags.Capitalized),
        CaseRule.AllCaps => token.Has(TokenFlags.AllCaps),
        _ => true,
    };

    private static bool PhraseMatches(Document document, int index, Phrase phrase)
    {
        if (!TokensMatch(document, index, phrase.Tokens))
        {
            return false;
        }

        for (var k = 0; k < phrase.Cases.Length; k++)
        {
            if (!CaseAgrees(phrase.Cases[k], document.Tokens[index + k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TokensMatch(Document document, int index, string[] tokens)
    {
        if (index + tokens.Length > document.Tokens.Length)
        {
            return false;
        }

        for (var k = 1; k < tokens.Length; k++)
        {
            // A line break falls inside a name only where a column of text wraps ("New\nYork"): after a word, one
            // break, no blank line; a heading or a list item ends at its line.
            if ((document.Tokens[index + k].Has(TokenFlags.NewlineBefore) && !IsWrappedLine(document, index + k))
                || !document.FoldedOf(index + k).SequenceEqual(tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the line break before token <paramref name="index"/> only wraps a line: a word before it, one break.</summary>
    internal static bool IsWrappedLine(Document document, int index)
    {
        var previous = document.Tokens[index - 1];
        if (!previous.IsWord)
        {
            return false;
        }

        var breaks = 0;
        for (var c = previous.End; c < document.Tokens[index].Start; c++)
        {
            if (document.Text[c] == '\n')
            {
                breaks++;
            }
        }

        return breaks == 1;
    }

    /// <summary>The case rule a name written as <paramref name="name"/> imposes on its first token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once per start on tens of thousands of rows: skip the slow first tier
    public static CaseRule CaseOf(ReadOnlySpan<char> name)
    {
        var letters = 0;
        var upper = 0;
        var firstUpper = false;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                // The first token ends at the first character that is neither a letter nor an inner hyphen.
                if (c == '-' && letters > 0)
                {
                    continue;
                }

                if (letters > 0)
                {
                    break;
                }

                continue;
            }

            if (letters == 0)
            {
                firstUpper = char.IsUpper(c);
            }

            letters++;
            upper += char.IsUpper(c) ? 1 : 0;
        }

        if (letters >= 2 && upper == letters)
        {
            return CaseRule.AllCaps;
        }

        return firstUpper ? CaseRule.Capitalized : CaseRule.Any;
    }

    /// <summary>The case rule of one word token's original text, from all its letters, as the <see cref="Tokenizer"/> flags it.</summary>
    private static CaseRule CaseOfWord(ReadOnlySpan<char> original)
    {
        var letters = 0;
        var upper = 0;
        var firstUpper = false;
        foreach (var c in original)
        {
            if (char.IsLetter(c))
            {
                firstUpper = letters == 0 ? char.IsUpper(c) : firstUpper;
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 2 && upper == letters ? CaseRule.AllCaps : firstUpper ? CaseRule.Capitalized : CaseRule.Any;
    }

    /// <summary>The case rule a document token imposes (its <see cref="TokenFlags"/>).</summary>
    internal static CaseRule CaseOf(Token token) =>
        token.Has(TokenFlags.AllCaps) ? CaseRule.AllCaps : token.Has(TokenFlags.Capitalized) ? CaseRule.Capitalized : CaseRule.Any;

    /// <summary>
    /// Splits a name of one-word tokens separated by single spaces ("Corée du Nord", "Nijni Novgorod") into
    /// its folded tokens and their case rules without the <see cref="Tokenizer"/>, which it agrees with on
    /// such names (a test checks every built-in name): a quarter of the places have several words, and
    /// tokenising them was a tenth of the start-up. Anything else (apostrophes, dots, digits, combining
    /// marks) returns false and takes the tokenising path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TrySplitWords(string name, string folded, out string[] tokens, out CaseRule[] cases)
    {
        tokens = [];
        cases = [];
        if (folded.Length != name.Length)
        {
            return false; // a dropped combining mark: positions differ between the name and its folded form
        }

        var span = folded.AsSpan();
        var count = span.Count(' ') + 1;
        if (count < 2)
        {
            return false;
        }

        var parts = new string[count];
        var rules = new CaseRule[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = i == count - 1 ? span.Length : start + span[start..].IndexOf(' ');
            var part = span[start..end];
            if (!IsSingleWord(part))
            {
                return false;
            }

            parts[i] = part.ToString();
            rules[i] = CaseOfWord(name.AsSpan(start, end - start));
            start = end + 1;
        }

        tokens = parts;
        cases = rules;
        return true;
    }

    /// <summary>
    /// Whether a folded name is one word token for the <see cref="Tokenizer"/>: letters, with inner hyphens
    /// between letters. Anything else (spaces, apostrophes, dots, digits) takes the tokenising path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsSingleWord(ReadOnlySpan<char> folded)
    {
        if (folded.Length == 0 || !char.IsLetter(folded[0]) || !char.IsLetter(folded[^1]))
        {
            return false;
        }

        for (var i = 1; i < folded.Length - 1; i++)
        {
            var c = folded[i];
            if (!char.IsLetter(c) && !(c == '-' && char.IsLetter(folded[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    // Above this many longer names under one first word, they are also indexed by their second word.
    private const int IndexedPhrases = 4;

    private sealed class Slot
    {
        public T? Value;
        public CaseRule Case;
        public Phrase[]? Longer;

        // Longer's phrases grouped by their second word, each group in Longer's order, when Longer is long: a
        // common first word ("le", "saint", "la") heads thousands of names, and scanning them all at every
        // occurrence of the word was most of the name recogniser's time.
        public FoldedMap<Phrase[]>? BySecond;
    }

    private sealed record Phrase(string[] Tokens, CaseRule[] Cases, T Value);

    /// <summary>Collects names. Not thread-safe; what it builds is.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, Slot> _single = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Pending> _multi = new(StringComparer.Ordinal);
        private readonly Func<T, T, T>? _merge;
        private readonly bool _strictAcronyms;
        private int _singleCount;

        /// <summary>Creates a builder.</summary>
        /// <param name="merge">Combines the value already held for a name with a new one; null: the new one replaces it.</param>
        /// <param name="strictAcronyms">
        /// Whether a name in capitals ("AP") only matches a token in capitals. The curated lists want it; user
        /// entries follow <see cref="GazetteerEntry"/>'s documented rule (a capital only asks for a capitalised word).
        /// </param>
        public Builder(Func<T, T, T>? merge = null, bool strictAcronyms = true)
        {
            _merge = merge;
            _strictAcronyms = strictAcronyms;
        }

        /// <summary>How many distinct names have been added.</summary>
        public int Count => _singleCount + _multi.Count;

        /// <summary>Adds a name; returns false when it has no token.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Add(string name, T value)
        {
            var folded = TextFolding.Fold(name);
            if (IsSingleWord(folded))
            {
                PutSingle(folded, Relax(CaseOf(name)), value);
                return true;
            }

            if (!TrySplitWords(name, folded, out var tokens, out var cases))
            {
                var document = Document.Create(name);
                if (document.Tokens.Length == 0)
                {
                    return false;
                }

                tokens = new string[document.Tokens.Length];
                cases = new CaseRule[tokens.Length];
                for (var i = 0; i < tokens.Length; i++)
                {
                    tokens[i] = document.FoldedOf(i).ToString();
                    cases[i] = CaseOf(document.Tokens[i]);
                }
            }

            for (var i = 0; i < cases.Length; i++)
            {
                cases[i] = Relax(cases[i]);
            }

            // A leading article is often written in lower case in running text ("selon l'Humanité").
            if (tokens.Length > 1 && tokens[0] is "le" or "la" or "les" or "l'")
            {
                cases[0] = CaseRule.Any;
            }

            if (tokens.Length == 1)
            {
                PutSingle(tokens[0], cases[0], value);
            }
            else
            {
                PutMulti(string.Join('\u0001', tokens), tokens, cases, value);
            }

            return true;
        }

        /// <summary>The value collected so far for a name (folded and tokenised as <see cref="Add"/> does), if any.</summary>
        public bool TryGet(string name, out T value)
        {
            value = default!;
            var folded = TextFolding.Fold(name);
            string key;
            if (IsSingleWord(folded))
            {
                key = folded;
            }
            else
            {
                var document = Document.Create(name);
                var tokens = new string[document.Tokens.Length];
                for (var i = 0; i < tokens.Length; i++)
                {
                    tokens[i] = document.FoldedOf(i).ToString();
                }

                key = string.Join('\u0001', tokens);
            }

            if (_single.TryGetValue(key, out var slot) && slot.Value is not null)
            {
                value = slot.Value;
                return true;
            }

            if (_multi.TryGetValue(key, out var pending))
            {
                value = pending.Value;
                return true;
            }

            return false;
        }

        private CaseRule Relax(CaseRule rule) => rule == CaseRule.AllCaps && !_strictAcronyms ? CaseRule.Capitalized : rule;

        /// <summary>
        /// Builds the frozen index, once: the builder hands its slots over and is empty afterwards.
        /// <paramref name="finish"/> may rewrite each value once (sorting senses).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public NameIndex<T> Build(Func<T, T>? finish = null)
        {
            // The slots of one-word names become the index's slots; longer names hang off their first token.
            foreach (var slot in _single.Values)
            {
                slot.Value = finish is null ? slot.Value : finish(slot.Value!);
            }

            var longer = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
            foreach (var pending in _multi.Values)
            {
                var first = pending.Tokens[0];
                if (!longer.TryGetValue(first, out var list))
                {
                    longer[first] = list = new List<Phrase>(1);
                }

                list.Add(new Phrase(pending.Tokens, pending.Cases, finish is null ? pending.Value : finish(pending.Value)));
            }

            foreach (var (first, list) in longer)
            {
                if (!_single.TryGetValue(first, out var slot))
                {
                    _single[first] = slot = new Slot();
                }

                // Longest first, so the first phrase that matches is the longest; equals in a stable order.
                list.Sort(static (a, b) => b.Tokens.Length != a.Tokens.Length
                    ? b.Tokens.Length.CompareTo(a.Tokens.Length)
                    : string.CompareOrdinal(string.Join(' ', a.Tokens), string.Join(' ', b.Tokens)));
                slot.Longer = list.ToArray();
                if (list.Count > IndexedPhrases)
                {
                    var bySecond = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
                    foreach (var phrase in list)
                    {
                        if (!bySecond.TryGetValue(phrase.Tokens[1], out var group))
                        {
                            bySecond[phrase.Tokens[1]] = group = new List<Phrase>(1);
                        }

                        group.Add(phrase);
                    }

                    var groups = new Dictionary<string, Phrase[]>(bySecond.Count, StringComparer.Ordinal);
                    foreach (var (second, group) in bySecond)
                    {
                        groups[second] = group.ToArray();
                    }

                    slot.BySecond = FoldedMap<Phrase[]>.FromFolded(groups);
                }
            }

            var map = FoldedMap<Slot>.FromFolded(_single);
            var count = Count;
            var lowerCaseMap = LowerCaseSlots(map, out var lowerCaseFirstTokens);
            _single.Clear();
            _multi.Clear();
            return new NameIndex<T>(map, lowerCaseMap, lowerCaseFirstTokens, count);
        }

        // The slots a lower-case token can match (see _byLowerCaseFirstToken), or `all` itself when they are not
        // much fewer: a second map would then only cost memory. `firstTokens`: their keys.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private FoldedMap<Slot> LowerCaseSlots(FoldedMap<Slot> all, out string[] firstTokens)
        {
            var lowerCase = new Dictionary<string, Slot>(StringComparer.Ordinal);
            foreach (var (first, slot) in _single)
            {
                if (HasLowerCaseFirstToken(slot))
                {
                    lowerCase[first] = slot;
                }
            }

            firstTokens = [.. lowerCase.Keys];
            return lowerCase.Count * 4 > _single.Count ? all : FoldedMap<Slot>.FromFolded(lowerCase);
        }

        private static bool HasLowerCaseFirstToken(Slot slot)
        {
            if (slot.Value is not null && slot.Case == CaseRule.Any)
            {
                return true;
            }

            foreach (var phrase in slot.Longer ?? [])
            {
                if (phrase.Cases[0] == CaseRule.Any)
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void PutSingle(string key, CaseRule rule, T value)
        {
            if (_single.TryGetValue(key, out var slot))
            {
                if (slot.Value is not null)
                {
                    // "Otan" and "OTAN" are one name: the more permissive spelling decides.
                    slot.Case = (CaseRule)Math.Min((int)slot.Case, (int)rule);
                    slot.Value = _merge is null ? value : _merge(slot.Value, value);
                    return;
                }
            }
            else
            {
                _single[key] = slot = new Slot();
            }

            slot.Case = rule;
            slot.Value = value;
            _singleCount++;
        }

        private void PutMulti(string key, string[] tokens, CaseRule[] cases, T value)
        {
            if (_multi.TryGetValue(key, out var existing))
            {
                // "Corée du Nord" and "Corée du nord" are one name: per token, the more permissive spelling decides.
                for (var i = 0; i < cases.Length; i++)
                {
                    existing.Cases[i] = (CaseRule)Math.Min((int)existing.Cases[i], (int)cases[i]);
                }

                existing.Value = _merge is null ? value : _merge(existing.Value, value);
                return;
            }

            _multi[key] = new Pending(tokens, cases, value);
        }

        private sealed class Pending(string[] tokens, CaseRule[] cases, T value)
        {
            public string[] Tokens { get; } = tokens;

            public CaseRule[] Cases { get; } = cases;

            public T Value { get; set; } = value;
        }
    }
}
