using System.Globalization;
using System.Text.Json;

namespace FrenchNewsNer.Export;

/// <summary>
/// Label Studio tasks with pre-annotations ("predictions"): <c>{"data": {"text": …}, "predictions":
/// [{"model_version": "FrenchNewsNer", "result": [{"id", "from_name": "label", "to_name": "text",
/// "type": "labels", "value": {"start", "end", "text", "labels": [KIND]}}]}]}</c>, offsets in Unicode
/// code points as Label Studio stores them. Import a JSON array of tasks into a project whose labelling
/// configuration is <see cref="LabelConfig"/>. Canonical names and ids go into each region's
/// <c>meta.text</c>; values and gift events are not carried.
/// </summary>
public static class LabelStudio
{
    /// <summary>The labelling configuration (XML) matching the tasks: a <c>Labels</c> control named "label" over a <c>Text</c> named "text".</summary>
    public const string LabelConfig = """
        <View>
          <Labels name="label" toName="text">
            <Label value="Person" background="#d7191c"/>
            <Label value="Organization" background="#2b83ba"/>
            <Label value="Location" background="#1a9641"/>
            <Label value="Quantity" background="#fdae61"/>
            <Label value="Date" background="#8856a7"/>
            <Label value="Number" background="#999999"/>
            <Label value="Gift" background="#e7298a"/>
          </Labels>
          <Text name="text" value="$text"/>
        </View>
        """;

    /// <summary>Writes one task for <paramref name="result"/>.</summary>
    /// <param name="writer">The writer, where a value may start (inside an array for several tasks).</param>
    /// <param name="result">The extraction result.</param>
    /// <param name="documentName">Written as <c>data.document</c> when not null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteTask(Utf8JsonWriter writer, ExtractionResult result, string? documentName = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var offsets = new CodePointOffsets(result.Text);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteString("text", result.Text);
        if (documentName is not null)
        {
            writer.WriteString("document", documentName);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("predictions");
        writer.WriteStartObject();
        writer.WriteString("model_version", "FrenchNewsNer");
        writer.WriteStartArray("result");
        for (var i = 0; i < result.Entities.Count; i++)
        {
            var entity = result.Entities[i];
            writer.WriteStartObject();
            writer.WriteString("id", "e" + i.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("from_name", "label");
            writer.WriteString("to_name", "text");
            writer.WriteString("type", "labels");
            writer.WriteStartObject("value");
            writer.WriteNumber("start", offsets.ToCodePoint(entity.Start));
            writer.WriteNumber("end", offsets.ToCodePoint(entity.End));
            writer.WriteString("text", entity.Text);
            writer.WriteStartArray("labels");
            writer.WriteStringValue(KindLabels.Of(entity.Kind));
            writer.WriteEndArray();
            writer.WriteEndObject();
            if (entity.Canonical != entity.Text || entity.Id is not null)
            {
                writer.WriteStartObject("meta");
                writer.WriteStartArray("text");
                writer.WriteStringValue(entity.Id is null ? entity.Canonical : $"{entity.Canonical} ({entity.Id})");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A JSON array of one task per result, ready to import.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The JSON (compact, French letters unescaped).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static string ToJson(IEnumerable<ExtractionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ExportJson.Serialize(writer =>
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                WriteTask(writer, result);
            }

            writer.WriteEndArray();
        });
    }
}
