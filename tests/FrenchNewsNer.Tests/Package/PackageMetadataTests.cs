using System.Text.RegularExpressions;
using System.Xml.Linq;
using FrenchNewsNer.Tests.SampleConsole;

namespace FrenchNewsNer.Tests.Package;

/// <summary>
/// What the package says about itself stays true as the repository changes: the licence expression
/// covers every licence of the data NOTICE says is embedded, the version is set in one place and the
/// install instructions use it, and the files the package and the docs point to exist.
/// </summary>
public class PackageMetadataTests
{
    private static string Repo(string relative) => Path.Combine(RepoPaths.Root, relative);

    private static XElement LibraryProject() => XElement.Load(Repo("src/FrenchNewsNer/FrenchNewsNer.csproj"));

    private static string Property(XElement project, string name) =>
        project.Descendants(name).Select(e => e.Value.Trim()).Single();

    /// <summary>The licence names NOTICE's first section uses, as SPDX identifiers.</summary>
    private static readonly Dictionary<string, string[]> SpdxOfNoticeLicence = new(StringComparer.Ordinal)
    {
        ["MIT"] = ["MIT"],
        ["CC BY 4.0"] = ["CC-BY-4.0"],
        ["MPL-2.0"] = ["MPL-2.0"],

        // CLDR 41 (Debian) under the Unicode data files licence of 2016, CLDR 48 (npm) under Unicode License v3.
        ["Unicode licence"] = ["Unicode-DFS-2016", "Unicode-3.0"],
    };

    [Fact]
    public void The_licence_expression_names_the_code_licence_and_the_licence_of_every_embedded_source()
    {
        var expression = Property(LibraryProject(), "PackageLicenseExpression");
        var ids = expression.Split(" AND ", StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("MIT", ids);

        // NOTICE section 1: a source line "Name ... LICENCE" (two spaces or more before the licence),
        // then "status: EMBEDDED in" for a source the package holds data from.
        var notice = File.ReadAllLines(Repo("NOTICE"));
        var sectionEnd = Array.FindIndex(notice, l => l.StartsWith("2. ", StringComparison.Ordinal));
        var embedded = new List<string>();
        for (var i = 0; i < sectionEnd; i++)
        {
            var source = Regex.Match(notice[i], @"^\S.*?\s{2,}(?<licence>\S.*)$");
            if (!source.Success)
            {
                continue;
            }

            var status = notice.Skip(i + 1).Take(6).FirstOrDefault(l => l.TrimStart().StartsWith("status:", StringComparison.Ordinal));
            if (status is not null && status.Contains("EMBEDDED", StringComparison.Ordinal) && !status.Contains("NOT EMBEDDED", StringComparison.Ordinal))
            {
                embedded.Add(source.Groups["licence"].Value.Trim());
            }
        }

        Assert.NotEmpty(embedded);
        foreach (var licence in embedded)
        {
            Assert.True(SpdxOfNoticeLicence.TryGetValue(licence, out var spdx), $"NOTICE names the licence '{licence}': add its SPDX identifier here and to the expression");
            Assert.All(spdx, id => Assert.Contains(id, ids));
        }

        // Nothing the NOTICE does not justify.
        Assert.Subset(embedded.SelectMany(l => SpdxOfNoticeLicence[l]).Append("MIT").ToHashSet(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void The_version_is_set_once_and_the_install_instructions_use_it()
    {
        var props = XElement.Load(Repo("Directory.Build.props"));
        var version = Property(props, "Version");
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", version);

        var projects = Directory.EnumerateFiles(RepoPaths.Root, "*.*proj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoPaths.Root, "Directory.Build.*", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}artifacts{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFullPath(p) != Path.GetFullPath(Repo("Directory.Build.props")));
        foreach (var project in projects)
        {
            Assert.DoesNotContain("<Version>", File.ReadAllText(project), StringComparison.Ordinal);
        }

        var readme = File.ReadAllText(Repo("README.md"));
        var versions = Regex.Matches(readme, @"add package FrenchNewsNer --version (\S+)").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(versions);
        Assert.All(versions, v => Assert.Equal(version, v));
        Assert.Contains($"## [{version}]", File.ReadAllText(Repo("docs/CHANGELOG.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_has_a_readme_of_its_own_and_carries_the_format_reference()
    {
        var project = LibraryProject();
        var readmeName = Property(project, "PackageReadmeFile");
        var packed = project.Descendants("None")
            .Where(e => (string?)e.Attribute("Pack") == "true")
            .Select(e => ((string)e.Attribute("Include")!, (string?)e.Attribute("PackagePath")))
            .ToArray();
        Assert.Contains(packed, p => Path.GetFileName(p.Item1) == readmeName);
        Assert.Contains(packed, p => p.Item1.EndsWith("docs/FORMAT.md", StringComparison.Ordinal) && p.Item2 == "docs/");
        foreach (var (include, _) in packed)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src/FrenchNewsNer", include)), $"packed file {include} is missing");
        }

        // About using the library, not about this repository's CI and issues.
        var readme = File.ReadAllText(Repo(Path.Combine("src/FrenchNewsNer", readmeName)));
        Assert.Contains("EntityExtractor.Default.Extract", readme, StringComparison.Ordinal);
        Assert.DoesNotContain(".ci/run", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("| Issue", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_format_reference_the_docs_cite_exists_and_covers_the_batch_error_line()
    {
        var format = File.ReadAllText(Repo("docs/FORMAT.md"));
        foreach (var heading in new[] { "## Offsets", "## A document", "## Entity", "### Spans, by kind", "### Values", "## Batch: JSON Lines", "## Gold files", "## Scoring" })
        {
            Assert.Contains(heading, format, StringComparison.Ordinal);
        }

        Assert.Contains("\"line\": 2, \"error\":", format, StringComparison.Ordinal);
    }
}
