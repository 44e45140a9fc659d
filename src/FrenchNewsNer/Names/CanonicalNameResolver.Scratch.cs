namespace FrenchNewsNer.Names;

/// <summary>The per-thread working arrays of <see cref="CanonicalNameResolver"/> and its span-keyed groups.</summary>
internal sealed partial class CanonicalNameResolver
{
    /// <summary>
    /// The per-document working arrays, kept by the thread between documents so that resolving allocates
    /// nothing once they have grown to a document's size. One document at a time (a thread-static slot).
    /// </summary>
    private sealed class Scratch
    {
        public Mention[] Mentions = new Mention[64];
        public int MentionCount;
        public int[] Words = new int[128];
        public int WordCount;
        public Name[] Names = new Name[64];
        public int NameCount;
        public int[] Positions = new int[64];
        public readonly SpanKeyTable NameKeys = new();
        public readonly SpanKeyTable CanonicalKeys = new();
        public int[] CanonicalOwners = new int[64];
        public readonly SpanGroups ByWord = new();
        public readonly SpanGroups ByInitials = new();
        private char[] _key = new char[64];

        public void AddMention(in Mention mention)
        {
            if (MentionCount == Mentions.Length)
            {
                Array.Resize(ref Mentions, MentionCount * 2);
            }

            Mentions[MentionCount++] = mention;
        }

        public void AddWord(int token)
        {
            if (WordCount == Words.Length)
            {
                Array.Resize(ref Words, WordCount * 2);
            }

            Words[WordCount++] = token;
        }

        public void AddName(in Name name)
        {
            if (NameCount == Names.Length)
            {
                Array.Resize(ref Names, NameCount * 2);
            }

            Names[NameCount++] = name;
        }

        // The first name a canonical key (numbered by CanonicalKeys) was met on.
        public void SetCanonicalOwner(int key, int name)
        {
            if (key >= CanonicalOwners.Length)
            {
                Array.Resize(ref CanonicalOwners, Math.Max(key + 1, CanonicalOwners.Length * 2));
            }

            CanonicalOwners[key] = name;
        }

        public int[] PositionBuffer(int length)
        {
            if (Positions.Length < length)
            {
                Positions = new int[Math.Max(length, Positions.Length * 2)];
            }

            return Positions;
        }

        // A buffer of at least `length` chars for building a key (its contents are not kept).
        public char[] KeyBuffer(int length)
        {
            if (_key.Length < length)
            {
                _key = new char[Math.Max(length, _key.Length * 2)];
            }

            return _key;
        }

        // The key buffer grown to at least `length` chars, its first `used` chars kept.
        public char[] GrowKeyBuffer(int used, int length)
        {
            var grown = new char[Math.Max(length, _key.Length * 2)];
            _key.AsSpan(0, used).CopyTo(grown);
            return _key = grown;
        }

        /// <summary>Forgets the document (dropping its strings); false when the arrays grew too large to keep.</summary>
        public bool Clear(int maxMentions)
        {
            Array.Clear(Mentions, 0, MentionCount);
            Array.Clear(Names, 0, NameCount);
            var keep = Mentions.Length <= maxMentions;
            MentionCount = 0;
            WordCount = 0;
            NameCount = 0;
            return keep;
        }
    }

    /// <summary>
    /// Groups of name numbers by char-span key, each group in the order its names were added (once per name):
    /// collected by <see cref="Add"/>, then laid out contiguously by <see cref="Seal"/> for reading.
    /// </summary>
    private sealed class SpanGroups
    {
        private readonly SpanKeyTable _keys = new();
        private int[] _pairKeys = new int[64];
        private int[] _pairNames = new int[64];
        private int _pairCount;
        private int[] _lastName = new int[64]; // per key: the last name added, so a name is added once
        private int[] _offsets = new int[65];
        private int[] _grouped = new int[64];

        /// <summary>Empties the groups for at most <paramref name="maxKeys"/> keys.</summary>
        public void Reset(int maxKeys)
        {
            _keys.Reset(maxKeys);
            _pairCount = 0;
        }

        /// <summary>Adds <paramref name="name"/> to the group of <paramref name="key"/>, unless it was the last one added there.</summary>
        public void Add(ReadOnlySpan<char> key, int name)
        {
            var group = _keys.GetOrAdd(key, out var added);
            if (group >= _lastName.Length)
            {
                Array.Resize(ref _lastName, _lastName.Length * 2);
            }

            if (!added && _lastName[group] == name)
            {
                return;
            }

            _lastName[group] = name;
            if (_pairCount == _pairKeys.Length)
            {
                Array.Resize(ref _pairKeys, _pairCount * 2);
                Array.Resize(ref _pairNames, _pairCount * 2);
            }

            _pairKeys[_pairCount] = group;
            _pairNames[_pairCount++] = name;
        }

        /// <summary>Lays the groups out one after the other, each in the order of its additions.</summary>
        public void Seal()
        {
            var groups = _keys.Count;
            if (_offsets.Length < groups + 1)
            {
                _offsets = new int[Math.Max(groups + 1, _offsets.Length * 2)];
            }

            if (_grouped.Length < _pairCount)
            {
                _grouped = new int[Math.Max(_pairCount, _grouped.Length * 2)];
            }

            // A counting sort: sizes, then starts, then the names in order (each start advances as it fills).
            Array.Clear(_offsets, 0, groups + 1);
            for (var p = 0; p < _pairCount; p++)
            {
                _offsets[_pairKeys[p] + 1]++;
            }

            for (var g = 0; g < groups; g++)
            {
                _offsets[g + 1] += _offsets[g];
            }

            for (var p = 0; p < _pairCount; p++)
            {
                _grouped[_offsets[_pairKeys[p]]++] = _pairNames[p];
            }

            // Each start has advanced to the next group's start: shift them back.
            for (var g = groups; g > 0; g--)
            {
                _offsets[g] = _offsets[g - 1];
            }

            _offsets[0] = 0;
        }

        /// <summary>The names of <paramref name="key"/>'s group (after <see cref="Seal"/>).</summary>
        public bool TryGetGroup(ReadOnlySpan<char> key, out ReadOnlySpan<int> names)
        {
            var group = _keys.IndexOf(key);
            names = group < 0 ? default : _grouped.AsSpan(_offsets[group], _offsets[group + 1] - _offsets[group]);
            return group >= 0;
        }
    }
}
