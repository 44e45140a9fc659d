using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FrenchNewsNer.Export;

/// <summary>Shared plumbing of the JSON exports.</summary>
internal static class ExportJson
{
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on a compact writer with the relaxed encoder and returns the JSON.</summary>
    public static string Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Readable))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
