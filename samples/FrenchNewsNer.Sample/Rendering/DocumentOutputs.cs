using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using FrenchNewsNer.Sample.Input;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer.Sample.Rendering;

/// <summary>Where <c>extract</c>'s results go, one at a time, so that output streams while later inputs are read.</summary>
internal abstract class DocumentOutput
{
    /// <param name="title">A name for people (file path, or id).</param>
    /// <param name="documentName">FORMAT.md <c>document</c> for text input; null for batch input.</param>
    /// <param name="id">FORMAT.md <c>id</c> for batch input.</param>
    /// <param name="result">The extraction result.</param>
    public abstract void Write(string title, string? documentName, string? id, ExtractionResult result);

    /// <summary>A batch input line that could not be read or extracted: FORMAT.md <c>{"id", "line", "error"}</c> in its place.</summary>
    public virtual void WriteFailedLine(string? id, int line, string error)
    {
    }

    /// <summary>Says, before anything is written, that a single input gives several documents (a text cut into windows).</summary>
    public virtual void ExpectSeveralDocuments()
    {
    }

    public virtual void Complete()
    {
    }
}

/// <summary>The highlighted text and the entity table of each document.</summary>
internal sealed class TableOutput(Spectre.Console.IAnsiConsole console) : DocumentOutput
{
    public override void Write(string title, string? documentName, string? id, ExtractionResult result) =>
        DocumentView.Render(console, title, result);
}

/// <summary>
/// JSON into standard output's bytes: one reused <see cref="Utf8JsonWriter"/> over one
/// <see cref="ArrayBufferWriter{T}"/>, handed to the stream in chunks of 64 KiB (or sooner when output
/// has waited a moment, so that a slow feed still shows its results), never a string per document.
/// </summary>
internal abstract class Utf8Output : DocumentOutput
{
    private const int ChunkSize = 64 * 1024;
    private static readonly long MaxDelay = Stopwatch.Frequency / 5;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(2 * ChunkSize);
    private long _lastWrite = Stopwatch.GetTimestamp();

    protected Utf8Output(Stream stream, bool indented)
    {
        _stream = stream;
        Writer = new Utf8JsonWriter(_buffer, JsonStyle.Options(indented));
    }

    protected Utf8JsonWriter Writer { get; }

    public override void Complete()
    {
        Writer.Flush();
        WriteOut();
        _stream.Flush();
        Writer.Dispose();
    }

    protected static void WriteFailure(Utf8JsonWriter writer, string? id, int line, string error)
    {
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteNumber("line", line);
        writer.WriteString("error", error);
        writer.WriteEndObject();
    }

    /// <summary>Ends a value: flushes the writer into the buffer, then the buffer into the stream when it is full or has waited.</summary>
    protected void EndValue(bool newLine)
    {
        Writer.Flush();
        if (newLine)
        {
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
        }

        if (_buffer.WrittenCount >= ChunkSize || Stopwatch.GetTimestamp() - _lastWrite > MaxDelay)
        {
            WriteOut();
        }
    }

    protected void WriteOut()
    {
        if (_buffer.WrittenCount > 0)
        {
            _stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
            _stream.Flush();
        }

        _lastWrite = Stopwatch.GetTimestamp();
    }
}

/// <summary>JSON Lines: one compact object per document or batch line.</summary>
internal sealed class JsonLinesOutput(Stream stream) : Utf8Output(stream, indented: false)
{
    public override void Write(string title, string? documentName, string? id, ExtractionResult result)
    {
        if (documentName is null)
        {
            FormatJson.WriteBatchLine(Writer, id, result);
        }
        else
        {
            FormatJson.WriteDocument(Writer, result, documentName);
        }

        EndLine();
    }

    public override void WriteFailedLine(string? id, int line, string error)
    {
        WriteFailure(Writer, id, line, error);
        EndLine();
    }

    private void EndLine()
    {
        EndValue(newLine: true);

        // Each line is a JSON value of its own: the writer starts afresh (same buffer, same options).
        Writer.Reset();
    }
}

/// <summary>One indented JSON value: the document itself for a single input, else an array of documents.</summary>
internal sealed class JsonOutput : Utf8Output
{
    private bool _asArray;

    public JsonOutput(Stream stream, bool asArray)
        : base(stream, indented: true)
    {
        _asArray = asArray;
        if (asArray)
        {
            Writer.WriteStartArray();
        }
    }

    public override void Write(string title, string? documentName, string? id, ExtractionResult result)
    {
        if (documentName is null)
        {
            FormatJson.WriteBatchLine(Writer, id, result);
        }
        else
        {
            FormatJson.WriteDocument(Writer, result, documentName);
        }

        EndValue(newLine: false);
    }

    public override void WriteFailedLine(string? id, int line, string error)
    {
        WriteFailure(Writer, id, line, error);
        EndValue(newLine: false);
    }

    public override void ExpectSeveralDocuments()
    {
        if (!_asArray && Writer.BytesCommitted + Writer.BytesPending == 0)
        {
            _asArray = true;
            Writer.WriteStartArray();
        }
    }

    public override void Complete()
    {
        if (_asArray)
        {
            Writer.WriteEndArray();
        }

        Writer.Flush();
        if (Writer.BytesCommitted > 0)
        {
            EndValue(newLine: true);
        }

        base.Complete();
    }
}
