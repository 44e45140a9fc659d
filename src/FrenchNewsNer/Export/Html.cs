using System.Globalization;
using System.Text;

namespace FrenchNewsNer.Export;

/// <summary>
/// A self-contained HTML page (no script, no external resource) showing a document as a reader sees it:
/// the text with its entities highlighted by kind, a legend, each entity's kind, canonical name, id and
/// value on hover or tap (the highlights take focus, so a tap on a phone shows them too), and the gift
/// events as "giver → items → recipient". The page sets a viewport and wraps long lines, so it reads on a
/// phone. Gift entities, a layer of their own, are underlined and may contain other highlights.
/// </summary>
/// <remarks>
/// <see cref="ToPage"/> makes the page of one document. For several documents on one page, write
/// <see cref="WriteHead"/>, then <see cref="WriteArticle"/> for each document as it comes, then
/// <see cref="WriteEnd"/>.
/// </remarks>
public static class Html
{
    private const string Style = """
        :root { color-scheme: light; --fg: #1b1b1b; }
        body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fafafa; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.3rem; margin: .5rem 0; overflow-wrap: anywhere; }
        h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
        .meta { color: #555; margin: 0 0 .6rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; margin: .4rem 0 1rem; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1rem; border-radius: .5rem; box-shadow: 0 1px 3px #0002; }
        .ent { position: relative; border-radius: .25rem; padding: 0 .1rem; cursor: help; }
        mark.ent { color: inherit; }
        .ent:focus { outline: 2px solid #333; }
        .ent:hover::after, .ent:focus::after {
          content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 10; width: max-content; max-width: 18rem;
          white-space: pre-wrap; background: #222; color: #fff; font-size: .85rem; line-height: 1.4; padding: .35rem .5rem; border-radius: .3rem;
        }
        .k-Person { background: #fde0e0; box-shadow: inset 0 -2px #d7191c; }
        .k-Organization { background: #dcebf7; box-shadow: inset 0 -2px #2b83ba; }
        .k-Location { background: #dff3df; box-shadow: inset 0 -2px #1a9641; }
        .k-Quantity { background: #fff0d9; box-shadow: inset 0 -2px #e08214; }
        .k-Date { background: #ece2f3; box-shadow: inset 0 -2px #8856a7; }
        .k-Number { background: #ececec; box-shadow: inset 0 -2px #777; }
        .k-Gift { background: transparent; box-shadow: none; border-bottom: 3px dotted #e7298a; }
        .legend .k-Gift { background: #fbe3f0; }
        .gifts ol { padding-left: 1.3rem; }
        .gift { margin: .3rem 0; overflow-wrap: anywhere; }
        .arrow { color: #888; margin: 0 .3rem; }
        .unknown { color: #888; font-style: italic; }
        article + article { margin-top: 2rem; border-top: 1px solid #ddd; }
        """;

    /// <summary>The page of one document.</summary>
    /// <param name="result">The extraction result.</param>
    /// <param name="title">The page title (the file name, say); "FrenchNewsNer" when null.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToPage(ExtractionResult result, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var writer = new StringWriter();
        WriteHead(writer, title ?? "FrenchNewsNer");
        WriteArticle(writer, result, title);
        WriteEnd(writer);
        return writer.ToString();
    }

    /// <summary>Writes the start of a page: the head with its style, and the legend of the kinds.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="pageTitle">The page's title.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteHead(TextWriter output, string pageTitle)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(pageTitle);
        output.Write("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<title>{Encode(pageTitle)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<main>\n");
        output.Write("<ul class=\"legend\" aria-label=\"Legend\">");
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            output.Write($"<li><span class=\"ent k-{KindLabels.Of(kind)}\">{KindLabels.Of(kind)}</span></li>");
        }

        output.Write("</ul>\n");
    }

    /// <summary>Writes one document: its title, reference date, highlighted text and gift events.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The extraction result.</param>
    /// <param name="title">The document's title, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="result"/> is null.</exception>
    public static void WriteArticle(TextWriter output, ExtractionResult result, string? title)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        output.Write("<article>\n");
        if (title is not null)
        {
            output.Write($"<h1>{Encode(title)}</h1>\n");
        }

        var counts = string.Join(", ", result.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {KindLabels.Of(g.Key)}"));
        var date = result.ReferenceDate is { } d ? "Reference date " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " · " : string.Empty;
        output.Write($"<p class=\"meta\">{Encode(date)}{result.Entities.Count} entities{(counts.Length > 0 ? " (" + Encode(counts) + ")" : string.Empty)}</p>\n");
        output.Write("<div class=\"text\">");
        WriteText(output, result);
        output.Write("</div>\n");
        WriteGifts(output, result);
        output.Write("</article>\n");
    }

    /// <summary>Writes the end of a page.</summary>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static void WriteEnd(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write("</main>\n</body>\n</html>\n");
    }

    /// <summary>
    /// The text cut at every entity boundary; each piece is wrapped in the entities that cover it,
    /// outermost (earliest start, then longest) first. An element stays open across pieces while its
    /// entity goes on, so entities nest properly and only crossing ones are split.
    /// </summary>
    private static void WriteText(TextWriter output, ExtractionResult result)
    {
        var text = result.Text;
        var entities = result.Entities.Where(e => e.Length > 0)
            .OrderBy(e => e.Start).ThenByDescending(e => e.End).ThenBy(e => e.Kind).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var entity in entities)
        {
            cuts.Add(entity.Start);
            cuts.Add(entity.End);
        }

        var open = new List<Entity>();
        var covering = new List<Entity>();
        var nextEntity = 0;
        var previous = 0;
        foreach (var cut in cuts)
        {
            if (cut == previous)
            {
                continue;
            }

            // Every cut is an entity end, so an entity that goes past `previous` covers the whole piece.
            // Entities join in sorted order and leave keeping it, so `covering` stays outermost first.
            covering.RemoveAll(entity => entity.End <= previous);
            while (nextEntity < entities.Count && entities[nextEntity].Start <= previous)
            {
                if (entities[nextEntity].End > previous)
                {
                    covering.Add(entities[nextEntity]);
                }

                nextEntity++;
            }

            var keep = 0;
            while (keep < open.Count && keep < covering.Count && ReferenceEquals(open[keep], covering[keep]))
            {
                keep++;
            }

            for (var i = open.Count - 1; i >= keep; i--)
            {
                output.Write(open[i].Kind == EntityKind.Gift ? "</span>" : "</mark>");
            }

            open.RemoveRange(keep, open.Count - keep);
            for (var i = keep; i < covering.Count; i++)
            {
                var entity = covering[i];
                var element = entity.Kind == EntityKind.Gift ? "span" : "mark";
                output.Write($"<{element} class=\"ent k-{KindLabels.Of(entity.Kind)}\" tabindex=\"0\" data-kind=\"{KindLabels.Of(entity.Kind)}\" data-start=\"{entity.Start.ToString(CultureInfo.InvariantCulture)}\" data-tip=\"{Encode(Tip(entity))}\">");
                open.Add(entity);
            }

            output.Write(Encode(text[previous..cut]));
            previous = cut;
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            output.Write(open[i].Kind == EntityKind.Gift ? "</span>" : "</mark>");
        }
    }

    private static void WriteGifts(TextWriter output, ExtractionResult result)
    {
        if (result.Gifts.Count == 0)
        {
            return;
        }

        output.Write("<section class=\"gifts\">\n<h2>Gifts</h2>\n<ol>\n");
        foreach (var gift in result.Gifts)
        {
            var items = string.Join(", ", gift.Items.Select(item => $"<span class=\"item\">{Encode(item.Text)}</span>"));
            var arrow = gift.Mutual ? "↔" : "→";
            output.Write($"<li class=\"gift\">{Party("giver", gift.Giver)}<span class=\"arrow\">{arrow}</span>{items}<span class=\"arrow\">{arrow}</span>{Party("recipient", gift.Recipient)}</li>\n");
        }

        output.Write("</ol>\n</section>\n");
    }

    private static string Party(string role, string? name) =>
        name is null ? $"<span class=\"{role} unknown\">unknown {role}</span>" : $"<span class=\"{role}\">{Encode(name)}</span>";

    private static string Tip(Entity entity)
    {
        var tip = new StringBuilder(KindLabels.Of(entity.Kind));
        if (entity.Canonical != entity.Text || entity.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Location)
        {
            tip.Append("\ncanonical: ").Append(entity.Canonical);
        }

        if (entity.Id is not null)
        {
            tip.Append("\nid: ").Append(entity.Id);
        }

        if (entity.Value is { } value)
        {
            tip.Append("\nvalue: ").Append(ValueText(value));
        }

        return tip.ToString();
    }

    private static string ValueText(EntityValue value) => value switch
    {
        QuantityValue q => FormattableString.Invariant($"{(q.Approximate ? "≈ " : string.Empty)}{q.Number:R} {q.Unit} ({q.Dimension}, SI {q.Si:R})"),
        DateValue d => d.Timex + (d.Type is { } type ? " " + type.ToString().ToLowerInvariant() : string.Empty) + (d.Mod is { } mod ? " " + mod.ToString().ToLowerInvariant() : string.Empty),
        NumberValue n => FormattableString.Invariant($"{n.Number:R}{(n.Ordinal ? " (ordinal)" : string.Empty)}"),
        GiftValue g => (g.Count is { } count ? count.ToString(CultureInfo.InvariantCulture) + " × " : string.Empty) + g.Item,
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// Escapes the five characters HTML gives a meaning to and nothing else, so French letters stay as
    /// they are (the page is UTF-8). A lone surrogate, which UTF-8 cannot carry, becomes U+FFFD.
    /// </summary>
    private static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\0': builder.Append('\uFFFD'); break;
                default:
                    if (char.IsSurrogate(c) && !(i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1])) && !(i > 0 && char.IsSurrogatePair(text[i - 1], c)))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
