// A/B harness: loads several builds of FrenchNewsNer.dll into their own load contexts and extracts the same
// documents with each, alternating chunk by chunk, summing the thread CPU time of each build.
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text.RegularExpressions;

static class P
{
    [StructLayout(LayoutKind.Sequential)] struct Ts { public long s; public long ns; }
    [DllImport("libc")] static extern int clock_gettime(int clk, out Ts ts);
    static double ThreadCpuMs() { clock_gettime(3, out var t); return t.s * 1e3 + t.ns / 1e6; }

    static int Main(string[] args)
    {
        // args: corpus rounds kinds(all|K,K) dll1 dll2 ...
        var text = File.ReadAllText(args[0]);
        var rounds = int.Parse(args[1]);
        var kinds = args[2];
        var docs = Regex.Split(text, @"\n\s*\n").Where(p => p.Length > 0).ToArray();
        var dlls = args.Skip(3).ToArray();
        var extract = new List<Func<string, object>>();
        foreach (var dll in dlls)
        {
            var alc = new AssemblyLoadContext(dll, false);
            var asm = alc.LoadFromAssemblyPath(Path.GetFullPath(dll));
            var builderType = asm.GetType("FrenchNewsNer.EntityExtractorBuilder")!;
            var sw = Stopwatch.StartNew();
            var builder = Activator.CreateInstance(builderType)!;
            var extractor = builderType.GetMethod("Build", Type.EmptyTypes)!.Invoke(builder, null)!;
            Console.WriteLine($"{dll}: build {sw.Elapsed.TotalMilliseconds:F0} ms");
            var optionsType = asm.GetType("FrenchNewsNer.ExtractionOptions")!;
            var options = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty("ReferenceDate")!.SetValue(options, (DateOnly?)new DateOnly(2024, 1, 15));
            if (kinds != "all")
            {
                var kst = asm.GetType("FrenchNewsNer.EntityKindSet")!;
                var parse = kst.GetMethod("TryParse")!;
                var a = new object[] { kinds, null, null };
                if (!(bool)parse.Invoke(null, a)!) throw new Exception((string)a[2]);
                optionsType.GetProperty("Kinds")!.SetValue(options, a[1]);
            }
            var m = extractor.GetType().GetMethod("Extract", new[] { typeof(string), optionsType })!;
            var f = (Func<string, object, object>)Delegate.CreateDelegate(typeof(Func<string, object, object>), extractor, m, false)
                    ?? null;
            extract.Add(f is not null ? s => f(s, options) : s => m.Invoke(extractor, new[] { s, options })!);
        }
        // warm up 4 s each, interleaved
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed.TotalSeconds < 4 * dlls.Length; i++) foreach (var e in extract) e(docs[i % docs.Length]);
        var cpu = new double[dlls.Length];
        var perRound = new List<double[]>();
        const int Chunk = 25;
        var chunks = (docs.Length + Chunk - 1) / Chunk;
        var minChunk = new double[dlls.Length, chunks];
        for (var k = 0; k < dlls.Length; k++) for (var c = 0; c < chunks; c++) minChunk[k, c] = double.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var roundCpu = new double[dlls.Length];
            for (var c = 0; c < docs.Length; c += Chunk)
            {
                for (var k = 0; k < dlls.Length; k++)
                {
                    var which = (k + c / Chunk + r) % dlls.Length;
                    var t0 = ThreadCpuMs();
                    for (var d = c; d < Math.Min(docs.Length, c + Chunk); d++) extract[which](docs[d]);
                    var dt = ThreadCpuMs() - t0;
                    roundCpu[which] += dt;
                    minChunk[which, c / Chunk] = Math.Min(minChunk[which, c / Chunk], dt);
                }
            }
            perRound.Add(roundCpu);
            Console.WriteLine($"round {r}: " + string.Join("  ", roundCpu.Select((v, i) => $"{v:F0} ms")));
        }
        for (var k = 0; k < dlls.Length; k++)
        {
            var sorted = perRound.Select(x => x[k]).OrderBy(x => x).ToArray();
            var median = sorted[sorted.Length / 2];
            Console.WriteLine($"{dlls[k]}: median {median:F0} ms thread CPU per round, {text.Length / median / 1e3:F2} M chars/s; ratio to first {median / perRound.Select(x => x[0]).OrderBy(x => x).ElementAt(sorted.Length / 2):F3}");
        }
        var mins = new double[dlls.Length];
        for (var k = 0; k < dlls.Length; k++) for (var c = 0; c < chunks; c++) mins[k] += minChunk[k, c];
        for (var k = 0; k < dlls.Length; k++) Console.WriteLine($"{dlls[k]}: sum of per-chunk minima {mins[k]:F0} ms, ratio to first {mins[k] / mins[0]:F3}");
        return 0;
    }
}
