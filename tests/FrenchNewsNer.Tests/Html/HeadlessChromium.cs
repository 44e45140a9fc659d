using System.Diagnostics;

namespace FrenchNewsNer.Tests.Html;

/// <summary>Debian's Chromium, run headless with a fresh profile; null when no binary is installed.</summary>
internal static class HeadlessChromium
{
    private static readonly Lazy<string?> Binary = new(() =>
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    });

    public static string? BinaryPath => Binary.Value;

    public const string Missing = "no chromium binary on PATH (Debian: apt-get install chromium; .ci/run installs it)";

    /// <summary>Loads <paramref name="file"/> in a window of the given size and returns what Chromium prints (the DOM, or nothing for a screenshot).</summary>
    public static string Run(string file, int width, int height, string mode)
    {
        var profile = Directory.CreateTempSubdirectory("fnn-chromium-");
        try
        {
            var start = new ProcessStartInfo(Binary.Value ?? throw new InvalidOperationException(Missing))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile.FullName}", $"--window-size={width},{height}",
                "--virtual-time-budget=5000", mode, new Uri(file).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in 90 s");
            }

            Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

/// <summary>A fact that needs Chromium: skipped, saying so, when no chromium binary exists.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.BinaryPath is null)
        {
            Skip = HeadlessChromium.Missing;
        }
    }
}
