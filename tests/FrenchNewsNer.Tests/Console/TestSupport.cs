using System.Text;
using FrenchNewsNer.Sample;
using FrenchNewsNer.Sample.Input;

// Not "...Tests.Console": a namespace of that name would hide System.Console from every test namespace above it.
namespace FrenchNewsNer.Tests.SampleConsole;

/// <summary>Paths in the repository, found from the test assembly so that tests never depend on the working directory or on ../shared.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FrenchNewsNer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FrenchNewsNer.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string name) => Path.Combine(Seeds, name);

    public const string SeedText = "000_a2e8c08d339cd56e.txt";
    public const string SeedGold = "000_a2e8c08d339cd56e.gold.json";
}

/// <summary>A scratch folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fnn-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The outcome of one in-process run of the sample console.</summary>
internal sealed record RunResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

internal static class SampleRunner
{
    /// <summary>Runs the console's real entry point with string writers and a byte stdin.</summary>
    public static RunResult Run(string[] args, byte[]? stdin = null, Func<IEntityExtractor>? extractor = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var io = new ConsoleIO(() => new MemoryStream(stdin ?? []), stdout, stderr);
        var exit = Cli.Run(args, io, extractor);
        return new RunResult(exit, stdout.ToString(), stderr.ToString());
    }

    public static RunResult Run(string[] args, string stdin, Func<IEntityExtractor>? extractor = null) =>
        Run(args, Encoding.UTF8.GetBytes(stdin), extractor);

    /// <summary>Runs the console with a stdin of the test's making (one that fails part-way, say).</summary>
    public static RunResult RunWithStdin(string[] args, Func<Stream> openStdin, Func<IEntityExtractor>? extractor = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run(args, new ConsoleIO(openStdin, stdout, stderr), extractor);
        return new RunResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A stack trace line, which must never reach the user.</summary>
    public static bool HasStackTrace(string text) =>
        text.Contains(" at FrenchNewsNer", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("--- End of", StringComparison.Ordinal);
}

/// <summary>
/// A stand-in extractor with obvious rules, so console tests do not depend on the recognisers being
/// written elsewhere: every capitalised word is a Person; a text containing "BOOM" throws. Its batch
/// form reads all its input before returning anything and stops at the first failure, the hardest
/// case for the console's recovery (the real one reads ahead a bounded window).
/// </summary>
internal sealed class RuleExtractor : IEntityExtractor
{
    private readonly List<(string Text, ExtractionOptions? Options)> _calls = new();

    public EntityKindSet Kinds => EntityKindSet.All;

    public IReadOnlyList<(string Text, ExtractionOptions? Options)> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        lock (_calls)
        {
            _calls.Add((text, options));
        }

        if (text.Contains("BOOM", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("boom in the extractor");
        }

        var kinds = options?.Kinds ?? EntityKindSet.All;
        var entities = new List<Entity>();
        if (kinds.Contains(EntityKind.Person))
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
                {
                    var end = i;
                    while (end < text.Length && char.IsLetter(text[end]))
                    {
                        end++;
                    }

                    entities.Add(new Entity(EntityKind.Person, i, end, text[i..end]));
                    i = end;
                }
            }
        }

        return new ExtractionResult(text, options?.ReferenceDate, entities, []);
    }

    public IEnumerable<ExtractionResult> ExtractBatch(IEnumerable<BatchDocument> documents, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        var all = documents.ToList();
        return Results();

        IEnumerable<ExtractionResult> Results()
        {
            foreach (var document in all)
            {
                yield return Extract(document.Text, document.Options);
            }
        }
    }
}

/// <summary>A stream that hands out its bytes and then, instead of ending, fails as a broken disk or pipe would.</summary>
internal sealed class FailingStream(byte[] bytes) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= bytes.Length)
        {
            throw new IOException("Input/output error");
        }

        var n = Math.Min(count, bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
