namespace FrenchNewsNer;

/// <summary>
/// Extraction from a text stream of any length: the stream is read in bounded windows cut at
/// paragraph, line or sentence boundaries, the windows are extracted on all cores through
/// <see cref="IEntityExtractor.ExtractBatch"/>, and the entities come back in stream order with
/// <see cref="long"/> offsets into the whole stream. Memory stays bounded by a few windows per worker,
/// however long the stream.
/// </summary>
public static class StreamingExtraction
{
    /// <summary>The default window length in UTF-16 code units (64 Ki): large enough that cuts are rare, small enough that a window costs little memory.</summary>
    public const int DefaultMaxWindowLength = 64 * 1024;

    /// <summary>The smallest window length accepted; smaller windows would cut nearly every sentence.</summary>
    public const int MinWindowLength = 64;

    /// <summary>
    /// Reads <paramref name="reader"/> to its end in windows of at most <paramref name="maxWindowLength"/>
    /// characters and extracts each window as one document. A window ends at the last paragraph break
    /// (blank line) in its second half, else the last line break, else the last sentence end
    /// (". " before a capital), else the last space, else (a run with no space at all) at the maximum
    /// length, never inside a surrogate pair. Each window is a document of its own: canonical names and
    /// gift events do not reach across windows, and every entity lies inside one window. Cuts at a
    /// blank line, a line break or a sentence end split no mention; the space and length fallbacks,
    /// for text with none of those in half a window, may split one there.
    /// </summary>
    /// <param name="extractor">The extractor; its batch path extracts the windows in parallel.</param>
    /// <param name="reader">The text. It is read on a worker thread while the result is enumerated; do not use it meanwhile. It is not disposed.</param>
    /// <param name="options">Reference date and kinds for every window; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <param name="maxWindowLength">The longest window, in UTF-16 code units; at least <see cref="MinWindowLength"/>.</param>
    /// <param name="maxDegreeOfParallelism">Worker count; null for <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops the extraction.</param>
    /// <returns>The windows in stream order, lazily; each carries its entities with stream offsets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> or <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWindowLength"/> is below <see cref="MinWindowLength"/>, or <paramref name="maxDegreeOfParallelism"/> below 1.</exception>
    public static IEnumerable<StreamWindow> ExtractStream(
        this IEntityExtractor extractor,
        TextReader reader,
        ExtractionOptions? options = null,
        int maxWindowLength = DefaultMaxWindowLength,
        int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(extractor, nameof(extractor));
        Preconditions.CheckNotNull(reader, nameof(reader));
        if (maxWindowLength < MinWindowLength)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWindowLength), maxWindowLength, $"The window length must be at least {MinWindowLength}.");
        }

        if (maxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "The degree of parallelism must be at least 1.");
        }

        // Checked eagerly above; the lazy part below starts reading only when enumerated.
        return Windows(extractor, reader, options, maxWindowLength, maxDegreeOfParallelism, cancellationToken);
    }

    private static IEnumerable<StreamWindow> Windows(IEntityExtractor extractor, TextReader reader, ExtractionOptions? options, int maxWindowLength, int? workers, CancellationToken cancellationToken)
    {
        var documents = StreamWindowCutter.Cut(reader, maxWindowLength).Select(text => new BatchDocument(text, options));
        long offset = 0;
        var index = 0;

        // The batch yields results in input order, so each window's offset is the sum of the lengths before it.
        foreach (var result in extractor.ExtractBatch(documents, workers, cancellationToken))
        {
            yield return new StreamWindow(index++, offset, result);
            offset += result.Text.Length;
        }
    }
}

/// <summary>One window of a stream and what was extracted from it.</summary>
public sealed class StreamWindow
{
    /// <summary>Creates a window; <see cref="StreamingExtraction.ExtractStream"/> makes these.</summary>
    /// <param name="index">The 0-based position of the window in the stream.</param>
    /// <param name="offset">The stream offset of the window's first character.</param>
    /// <param name="result">The extraction result of the window text, with window-local offsets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> or <paramref name="offset"/> is negative.</exception>
    public StreamWindow(int index, long offset, ExtractionResult result)
    {
        Result = Preconditions.CheckNotNull(result, nameof(result));
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index must not be negative.");
        }

        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset must not be negative.");
        }

        Index = index;
        Offset = offset;
        var entities = new StreamEntity[result.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = new StreamEntity(result.Entities[i], offset);
        }

        Entities = entities;
    }

    /// <summary>The 0-based position of the window in the stream.</summary>
    public int Index { get; }

    /// <summary>The stream offset (UTF-16 code units from the start of the stream) of the window's first character.</summary>
    public long Offset { get; }

    /// <summary>The stream offset just past the window's last character.</summary>
    public long End => Offset + Result.Text.Length;

    /// <summary>The window text, exactly as read.</summary>
    public string Text => Result.Text;

    /// <summary>
    /// The window's extraction result; its entity offsets (and those of its gift events' items) are
    /// relative to the window: add <see cref="Offset"/> for stream offsets.
    /// </summary>
    public ExtractionResult Result { get; }

    /// <summary>The window's entities with stream offsets, in the order of <see cref="ExtractionResult.Entities"/>.</summary>
    public IReadOnlyList<StreamEntity> Entities { get; }
}

/// <summary>An entity found in a stream: the window-local <see cref="Entity"/> and its offsets in the whole stream.</summary>
public sealed class StreamEntity
{
    /// <summary>Creates a stream entity.</summary>
    /// <param name="entity">The entity with window-local offsets.</param>
    /// <param name="windowOffset">The stream offset of the window the entity was found in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    public StreamEntity(Entity entity, long windowOffset)
    {
        Entity = Preconditions.CheckNotNull(entity, nameof(entity));
        Start = windowOffset + entity.Start;
    }

    /// <summary>The entity as found in its window (window-local offsets).</summary>
    public Entity Entity { get; }

    /// <summary>The entity kind.</summary>
    public EntityKind Kind => Entity.Kind;

    /// <summary>Start offset in the whole stream (UTF-16 code units), inclusive.</summary>
    public long Start { get; }

    /// <summary>End offset in the whole stream (UTF-16 code units), exclusive.</summary>
    public long End => Start + Entity.Length;

    /// <summary>The mention exactly as it stands in the stream.</summary>
    public string Text => Entity.Text;

    /// <summary>The canonical name within the mention's window (see <see cref="FrenchNewsNer.Entity.Canonical"/>).</summary>
    public string Canonical => Entity.Canonical;

    /// <summary>The normalised value, or null.</summary>
    public EntityValue? Value => Entity.Value;

    /// <inheritdoc />
    public override string ToString() => $"{Kind}[{Start},{End}) \"{Text}\"";
}

/// <summary>
/// Cuts a reader's text into windows of at most a given length, at the best boundary in the second
/// half of each full window: blank line, line break, sentence end, space, or (no space at all) the
/// maximum length. A line break starts a sentence for the recognisers, so a window edge there changes
/// nothing the window would have found; the later fallbacks only matter for text without them.
/// Every pass over a window scans at most its second half once, so cutting is linear in the stream.
/// </summary>
internal static class StreamWindowCutter
{
    public static IEnumerable<string> Cut(TextReader reader, int maxLength)
    {
        var buffer = new char[maxLength];
        var filled = 0;
        while (true)
        {
            var endOfStream = false;
            while (filled < maxLength)
            {
                var read = reader.Read(buffer, filled, maxLength - filled);
                if (read == 0)
                {
                    endOfStream = true;
                    break;
                }

                filled += read;
            }

            if (endOfStream)
            {
                if (filled > 0)
                {
                    yield return new string(buffer, 0, filled);
                }

                yield break;
            }

            yield return TakeWindow(buffer, ref filled);
        }
    }

    /// <summary><see cref="Cut"/>, reading with <see cref="TextReader.ReadAsync(Memory{char}, CancellationToken)"/>.</summary>
    public static async IAsyncEnumerable<string> CutAsync(TextReader reader, int maxLength, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new char[maxLength];
        var filled = 0;
        while (true)
        {
            var endOfStream = false;
            while (filled < maxLength)
            {
                var read = await reader.ReadAsync(buffer.AsMemory(filled, maxLength - filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    endOfStream = true;
                    break;
                }

                filled += read;
            }

            if (endOfStream)
            {
                if (filled > 0)
                {
                    yield return new string(buffer, 0, filled);
                }

                yield break;
            }

            yield return TakeWindow(buffer, ref filled);
        }
    }

    // Takes the window FindCut chooses off the front of a full buffer and moves the rest to its start.
    private static string TakeWindow(char[] buffer, ref int filled)
    {
        var cut = FindCut(buffer.AsSpan(0, filled));
        var window = new string(buffer, 0, cut);
        Array.Copy(buffer, cut, buffer, 0, filled - cut);
        filled -= cut;
        return window;
    }

    /// <summary>The length of the window to take from a full buffer; always in [1, window.Length].</summary>
    internal static int FindCut(ReadOnlySpan<char> window)
    {
        var length = window.Length;
        var lowest = Math.Max(1, length / 2);

        // Blank line: "\n", then only spaces, tabs or "\r", then "\n". The last line break is kept too.
        var lastLineBreak = -1;
        for (var i = length - 1; i >= lowest; i--)
        {
            if (window[i] != '\n')
            {
                continue;
            }

            if (lastLineBreak < 0)
            {
                lastLineBreak = i + 1;
            }

            var j = i - 1;
            while (j >= 0 && window[j] is ' ' or '\t' or '\r')
            {
                j--;
            }

            if (j >= 0 && window[j] == '\n')
            {
                return i + 1;
            }

            // The characters skipped are not line breaks: the outer scan need not see them again.
            i = j + 1;
        }

        if (lastLineBreak > 0)
        {
            return lastLineBreak;
        }

        // Sentence end: ". " (or "! ", "? ", "… ") before a capital or an opening guillemet. A full stop
        // after a capital is an initial or a title ("M. Poutine"), not an end.
        for (var c = length - 1; c >= Math.Max(lowest, 3); c--)
        {
            if ((char.IsUpper(window[c]) || window[c] == '«')
                && char.IsWhiteSpace(window[c - 1])
                && window[c - 2] is '.' or '!' or '?' or '…'
                && (window[c - 2] != '.' || char.IsLower(window[c - 3]) || char.IsDigit(window[c - 3])))
            {
                return c;
            }
        }

        // Between two words.
        for (var c = length - 1; c >= lowest; c--)
        {
            if (char.IsWhiteSpace(window[c - 1]) && !char.IsWhiteSpace(window[c]))
            {
                return c;
            }
        }

        // No space at all: the full length, but never between the halves of a surrogate pair.
        return char.IsHighSurrogate(window[length - 1]) && length > 1 ? length - 1 : length;
    }
}
