namespace FrenchNewsNer.Names;

/// <summary>
/// The folded words of the names found in a document, each with the kind of the names it occurs in (a
/// person's word wins): the propagation pass's table. A <see cref="SpanKeyTable"/> numbers the words, so no
/// string is built per name word; reused from document to document on one thread, sized by <see cref="Reset"/>.
/// </summary>
internal sealed class NameWordKinds
{
    private readonly SpanKeyTable _words = new();
    private EntityKind[] _kinds = new EntityKind[32];

    /// <summary>How many distinct words the table holds.</summary>
    public int Count => _words.Count;

    /// <summary>Empties the table for at most <paramref name="maxWords"/> distinct words.</summary>
    public void Reset(int maxWords) => _words.Reset(maxWords);

    /// <summary>
    /// Records the folded <paramref name="word"/> with <paramref name="kind"/>: a new word takes it; a word
    /// already there keeps its kind unless <paramref name="kind"/> is Person.
    /// </summary>
    public void Add(ReadOnlySpan<char> word, EntityKind kind)
    {
        var number = _words.GetOrAdd(word, out var added);
        if (added)
        {
            if (number == _kinds.Length)
            {
                Array.Resize(ref _kinds, _kinds.Length * 2);
            }

            _kinds[number] = kind;
        }
        else if (kind == EntityKind.Person)
        {
            _kinds[number] = kind;
        }
    }

    /// <summary>The kind recorded for a folded word, if any.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out EntityKind kind)
    {
        var number = _words.IndexOf(word);
        kind = number < 0 ? default : _kinds[number];
        return number >= 0;
    }
}
