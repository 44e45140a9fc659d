using FrenchNewsNer.Names.Gazetteers;

namespace FrenchNewsNer.Names;

/// <summary>The per-thread working lists of the recogniser, reused from one document to the next.</summary>
internal sealed partial class NameRecognizer
{
    // The lists of the last document recognised on this thread, kept so that a document allocates none of them
    // once they have grown (the list of names doubling its way up was most of this recogniser's allocation).
    // Taken out of the slot while in use, so a nested call on the same thread gets lists of its own.
    [ThreadStatic]
    private static Scratch? t_scratch;

    // The per-document working lists; see t_scratch.
    private sealed class Scratch
    {
        // A document with more names than this leaves its lists to the GC rather than to the thread.
        private const int MaxPooledNames = 1 << 16;

        public List<Found> Found { get; } = new();

        public List<NameMatch> Matches { get; } = new(4);

        public Dictionary<int, Found> Entries { get; } = new();

        public List<(int Rank, Found Entry)> Chain { get; } = new();

        public List<Found> Added { get; } = new();

        public List<(int Start, int End, int Index)> Members { get; } = new();

        public NameWordKinds WordKinds { get; } = new();

        // Empties the lists (dropping their strings); false when they grew too large to keep.
        public bool Clear()
        {
            var keep = Found.Capacity <= MaxPooledNames && Entries.Count <= MaxPooledNames && Chain.Capacity <= MaxPooledNames
                && Added.Capacity <= MaxPooledNames && Members.Capacity <= MaxPooledNames && WordKinds.Count <= MaxPooledNames;
            Found.Clear();
            Matches.Clear();
            Entries.Clear();
            Chain.Clear();
            Added.Clear();
            Members.Clear();
            return keep;
        }
    }
}
