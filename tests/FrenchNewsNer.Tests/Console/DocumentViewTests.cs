using FrenchNewsNer.Sample.Rendering;
using Spectre.Console;

namespace FrenchNewsNer.Tests.SampleConsole;

public class DocumentViewTests
{
    [Fact]
    public void Every_kind_and_a_gift_over_a_person_render_as_valid_colour_markup()
    {
        const string text = "Hier, [Kim] a offert 5 drones de 250 km au Kremlin à Moscou.";
        Entity At(EntityKind kind, string mention) =>
            new(kind, text.IndexOf(mention, StringComparison.Ordinal), text.IndexOf(mention, StringComparison.Ordinal) + mention.Length, mention);
        var entities = new[]
        {
            At(EntityKind.Date, "Hier"), At(EntityKind.Person, "Kim"), At(EntityKind.Gift, "5 drones de 250 km"), At(EntityKind.Number, "5"),
            At(EntityKind.Quantity, "250 km"), At(EntityKind.Organization, "Kremlin"), At(EntityKind.Location, "Moscou"), At(EntityKind.Gift, "Kim] a"),
        };
        var result = new ExtractionResult(text, new DateOnly(2023, 9, 17), entities.OrderBy(e => e.Start).ToArray(), []);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.TrueColor, Out = new AnsiConsoleOutput(output) });

        DocumentView.Render(console, "test", result);

        var rendered = output.ToString();
        Assert.Contains("\u001b[", rendered);
        var plain = System.Text.RegularExpressions.Regex.Replace(rendered, "\u001b\\[[0-9;]*m", string.Empty);
        Assert.Contains(text, plain);
        Assert.Contains("2023-09-17", plain);
    }

    [Fact]
    public void Highlight_escapes_brackets_and_changes_style_only_at_entity_boundaries()
    {
        const string text = "a [b] Kim c";
        var kim = new Entity(EntityKind.Person, 6, 9, "Kim");

        var markup = DocumentView.Highlight(new ExtractionResult(text, null, [kim], []));

        Assert.Equal($"a [[b]] [{DocumentView.KindStyle(EntityKind.Person)}]Kim[/] c", markup);
    }
}
