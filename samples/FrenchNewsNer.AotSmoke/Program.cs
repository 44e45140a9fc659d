using System.Text;
using System.Text.Json;
using FrenchNewsNer;
using FrenchNewsNer.Export;
using FrenchNewsNer.Serialization;

// Usage: FrenchNewsNer.AotSmoke FILE [YYYY-MM-DD]
// Extracts FILE, serialises the result with the source-generated context, reads it back and checks that
// nothing changed; prints the JSON and a one-line summary. Exit 1 on any difference, 2 on bad usage.
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: FrenchNewsNer.AotSmoke FILE [YYYY-MM-DD]");
    return 2;
}

var text = File.ReadAllText(args[0], Encoding.UTF8);
var options = new ExtractionOptions { ReferenceDate = args.Length == 2 ? DateOnly.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null };
var result = EntityExtractor.Default.Extract(text, options);
var json = JsonSerializer.Serialize(result, FrenchNewsNerJsonContext.Default.ExtractionResult);
var back = JsonSerializer.Deserialize(json, FrenchNewsNerJsonContext.Default.ExtractionResult)!;
var same = back.Text == result.Text
    && back.ReferenceDate == result.ReferenceDate
    && back.Entities.SequenceEqual(result.Entities)
    && back.Gifts.SequenceEqual(result.Gifts);

// The exporters too: brat reads back what it wrote.
var brat = Brat.Read(text, new StringReader(Brat.ToText(result)));
same &= brat.Entities.SequenceEqual(result.Entities.Where(e => e.Length > 0));

Console.WriteLine(json);
Console.Error.WriteLine($"{result.Entities.Count} entities, {result.Gifts.Count} gift events; JSON and brat round trips {(same ? "exact" : "DIFFER")}");
return same && result.Entities.Count > 0 ? 0 : 1;
