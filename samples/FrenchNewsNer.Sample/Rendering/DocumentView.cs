using System.Text;
using Spectre.Console;

namespace FrenchNewsNer.Sample.Rendering;

/// <summary>The <c>table</c> output: the text with entities coloured by kind, then tables of entities and gifts.</summary>
internal static class DocumentView
{
    private const string GiftStyle = "underline";

    public static string KindStyle(EntityKind kind) => kind switch
    {
        EntityKind.Person => "bold deepskyblue1",
        EntityKind.Organization => "bold orchid",
        EntityKind.Location => "bold green",
        EntityKind.Quantity => "bold yellow",
        EntityKind.Date => "bold darkorange",
        EntityKind.Number => "bold grey",
        EntityKind.Gift => "bold red underline",
        _ => "bold",
    };

    public static void Render(IAnsiConsole console, string title, ExtractionResult result)
    {
        // Without a publication date, "hier" or "dimanche" cannot be resolved: say so where the partial values show.
        var heading = result.ReferenceDate is { } date
            ? $"{title} (reference date {JsonStyle.FormatDate(date)})"
            : $"{title} (no reference date: relative dates stay partial, such as XXXX-WXX-7; give the publication date with -d YYYY-MM-DD)";
        console.Write(new Rule(Markup.Escape(heading)) { Justification = Justify.Left });
        console.Write(new Panel(new Markup(Highlight(result))) { Border = BoxBorder.Rounded, Expand = true });
        console.MarkupLine(Legend());

        if (result.Entities.Count == 0)
        {
            console.MarkupLine("[grey]No entities.[/]");
        }
        else
        {
            console.Write(EntityTable(result));
        }

        if (result.Gifts.Count > 0)
        {
            console.Write(GiftTable(result));
        }

        console.WriteLine();
    }

    /// <summary>
    /// The text as Spectre markup. Core kinds never overlap, so each character has at most one kind
    /// colour; Gift is a separate layer shown as underline, so a gift that contains a Number or a
    /// Person keeps that colour too. Runs of equal style become one markup tag; all text is escaped.
    /// </summary>
    public static string Highlight(ExtractionResult result)
    {
        var text = result.Text;
        var kindAt = new EntityKind?[text.Length];
        var giftAt = new bool[text.Length];
        foreach (var entity in result.Entities)
        {
            for (var i = Math.Max(0, entity.Start); i < Math.Min(text.Length, entity.End); i++)
            {
                if (entity.Kind == EntityKind.Gift)
                {
                    giftAt[i] = true;
                }
                else
                {
                    kindAt[i] = entity.Kind;
                }
            }
        }

        var markup = new StringBuilder(text.Length * 2);
        var runStart = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || kindAt[i] != kindAt[runStart] || giftAt[i] != giftAt[runStart])
            {
                // "\r" would move the cursor back over the line in a terminal.
                var run = Markup.Escape(text[runStart..i].Replace("\r", string.Empty, StringComparison.Ordinal));
                var style = Style(kindAt[runStart], giftAt[runStart]);
                markup.Append(style is null || run.Length == 0 ? run : $"[{style}]{run}[/]");
                runStart = i;
            }
        }

        return markup.ToString();
    }

    private static string? Style(EntityKind? kind, bool gift) => (kind, gift) switch
    {
        (null, false) => null,
        (null, true) => KindStyle(EntityKind.Gift),
        ({ } k, false) => KindStyle(k),
        ({ } k, true) => KindStyle(k) + " " + GiftStyle,
    };

    private static string Legend() =>
        string.Join("  ", Enum.GetValues<EntityKind>().Select(k => $"[{KindStyle(k)}]{JsonStyle.KindName(k)}[/]"));

    private static Table EntityTable(ExtractionResult result)
    {
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Kind");
        table.AddColumn(new TableColumn("Span").RightAligned());
        table.AddColumn("Text");
        table.AddColumn("Canonical");
        table.AddColumn("Value");
        foreach (var entity in result.Entities)
        {
            var canonical = entity.Canonical == entity.Text ? string.Empty : entity.Canonical;
            table.AddRow(
                $"[{KindStyle(entity.Kind)}]{JsonStyle.KindName(entity.Kind)}[/]",
                $"{entity.Start}–{entity.End}",
                Markup.Escape(OneLine(entity.Text)),
                Markup.Escape(OneLine(canonical)),
                Markup.Escape(ValueText.Format(entity.Value)));
        }

        return table;
    }

    private static Table GiftTable(ExtractionResult result)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Gifts") };
        table.AddColumn("Items");
        table.AddColumn("Giver");
        table.AddColumn("Recipient");
        table.AddColumn("Mutual");
        foreach (var gift in result.Gifts)
        {
            table.AddRow(
                Markup.Escape(string.Join("; ", gift.Items.Select(i => OneLine(i.Text)))),
                Markup.Escape(gift.Giver ?? "—"),
                Markup.Escape(gift.Recipient ?? "—"),
                gift.Mutual ? "yes" : "no");
        }

        return table;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
