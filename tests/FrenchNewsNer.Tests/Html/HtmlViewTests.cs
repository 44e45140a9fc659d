using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using HtmlExport = FrenchNewsNer.Export.Html;
using FrenchNewsNer.Tests.SampleConsole;

namespace FrenchNewsNer.Tests.Html;

public class HtmlViewTests
{
    /// <summary>
    /// Added to a copy of the page only: reads back, after layout, what a reader sees of each highlight
    /// (its rendered size and colours) and of the gift list (its rendered text), and whether the page
    /// fits the window without sideways scrolling.
    /// </summary>
    private const string Probe = """
        <script>
        addEventListener('load', () => {
          const ents = [...document.querySelectorAll('.text .ent')].map(el => {
            const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
            return { kind: el.dataset.kind, start: +el.dataset.start, text: el.textContent, w: r.width, h: r.height,
                     bg: cs.backgroundColor, shadow: cs.boxShadow, border: cs.borderBottomStyle, visible: cs.visibility };
          });
          const gifts = [...document.querySelectorAll('.gift')].map(g => g.innerText);
          const legend = [...document.querySelectorAll('.legend li')].map(li => li.innerText);
          document.body.dataset.report = JSON.stringify({ ents, gifts, legend,
            scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth });
        });
        </script>
        """;

    [ChromiumFact]
    public void The_seed_page_shows_every_entity_highlighted_by_kind_and_the_gift_events_on_a_phone()
    {
        var run = SampleRunner.Run(["extract", RepoPaths.Seed(RepoPaths.SeedText), "-d", "2023-09-17", "--format", "html"]);
        Assert.Equal(0, run.ExitCode);
        var result = EntityExtractor.Default.Extract(File.ReadAllText(RepoPaths.Seed(RepoPaths.SeedText)), new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17) });
        Assert.Equal(HtmlExport.ToPage(result, RepoPaths.Seed(RepoPaths.SeedText)), run.Stdout);
        Assert.NotEmpty(result.Gifts);

        using var folder = new TempFolder();
        var page = folder.Write("seed.html", run.Stdout.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));
        var report = Report(HeadlessChromium.Run(page, 390, 844, "--dump-dom"));

        // Each entity is shown, whole, in pieces marked with its kind, with a visible highlight.
        var pieces = report.GetProperty("ents").EnumerateArray().ToList();
        foreach (var entity in result.Entities)
        {
            var mine = pieces.Where(p => p.GetProperty("start").GetInt32() == entity.Start && p.GetProperty("kind").GetString() == entity.Kind.ToString()).ToList();
            Assert.True(mine.Count > 0, $"{entity} is not highlighted");
            Assert.Equal(entity.Text, string.Concat(mine.Select(p => p.GetProperty("text").GetString())));
            foreach (var piece in mine)
            {
                Assert.True(piece.GetProperty("w").GetDouble() > 0 && piece.GetProperty("h").GetDouble() > 0, $"{entity} has no size");
                Assert.Equal("visible", piece.GetProperty("visible").GetString());
                if (entity.Kind == EntityKind.Gift)
                {
                    Assert.Equal("dotted", piece.GetProperty("border").GetString());
                }
                else
                {
                    Assert.NotEqual("rgba(0, 0, 0, 0)", piece.GetProperty("bg").GetString());
                    Assert.NotEqual("none", piece.GetProperty("shadow").GetString());
                }
            }
        }

        // The gift events read "giver → items → recipient".
        var gifts = report.GetProperty("gifts").EnumerateArray().Select(g => g.GetString()!).ToList();
        Assert.Equal(result.Gifts.Count, gifts.Count);
        foreach (var (gift, shown) in result.Gifts.Zip(gifts))
        {
            var arrow = gift.Mutual ? "↔" : "→";
            var expected = $"{gift.Giver ?? "unknown giver"}{arrow}{string.Join(", ", gift.Items.Select(i => i.Text))}{arrow}{gift.Recipient ?? "unknown recipient"}";
            Assert.Equal(expected, Regex.Replace(shown, @"\s*([→↔])\s*", "$1"));
        }

        Assert.Equal(Enum.GetNames<EntityKind>(), report.GetProperty("legend").EnumerateArray().Select(l => l.GetString()));

        // A phone's width: the text wraps instead of scrolling sideways.
        Assert.True(report.GetProperty("scrollWidth").GetInt32() <= report.GetProperty("innerWidth").GetInt32(), report.ToString());
    }

    [ChromiumFact]
    public void A_screenshot_of_the_page_is_taken()
    {
        var result = EntityExtractor.Default.Extract(File.ReadAllText(RepoPaths.Seed(RepoPaths.SeedText)), new ExtractionOptions { ReferenceDate = new DateOnly(2023, 9, 17) });
        using var folder = new TempFolder();
        var page = folder.Write("seed.html", HtmlExport.ToPage(result, "seed"));
        var screenshot = folder.File("seed.png");
        HeadlessChromium.Run(page, 390, 844, "--screenshot=" + screenshot);
        var png = File.ReadAllBytes(screenshot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 10_000, $"a {png.Length}-byte screenshot is blank");
    }

    [Fact]
    public void The_page_is_self_contained_escaped_and_nests_overlapping_layers()
    {
        const string text = "Il offrit <une «Ile Roussky»> & Kim.";
        var location = new Entity(EntityKind.Location, 16, 27, "Ile Roussky") { Id = "geonames:1" };
        var gift = new Entity(EntityKind.Gift, 10, 29, "<une «Ile Roussky»>", value: new GiftValue(1, "peinture"));
        var page = HtmlExport.ToPage(new ExtractionResult(text, null, [gift, location], [new GiftEvent([gift], null, "Kim")]), "a <b> & c");

        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.Contains("<title>a &lt;b&gt; &amp; c</title>", page, StringComparison.Ordinal);
        Assert.Matches("<span class=\"ent k-Gift\"[^>]*>&lt;une «<mark class=\"ent k-Location\"[^>]*data-tip=\"Location\ncanonical: Ile Roussky\nid: geonames:1\">Ile Roussky</mark>»&gt;</span>", page);
        Assert.Contains("<span class=\"giver unknown\">unknown giver</span>", page, StringComparison.Ordinal);
    }

    private static JsonElement Report(string dom)
    {
        var match = Regex.Match(dom, "data-report=\"([^\"]*)\"");
        Assert.True(match.Success, "the probe did not run: " + dom[..Math.Min(dom.Length, 500)]);
        return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement.Clone();
    }
}
