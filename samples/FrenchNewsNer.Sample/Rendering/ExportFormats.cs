using System.Text.Json;
using FrenchNewsNer.Export;
using FrenchNewsNer.Sample.Rendering;

namespace FrenchNewsNer.Sample.Commands;

/// <summary>
/// <c>extract --format conll|brat|labelstudio|spacy|html</c>: the library's exporters
/// (<see cref="FrenchNewsNer.Export"/>) behind the command's output choice.
/// </summary>
internal static partial class ExtractCommand
{
    /// <summary>The export formats, as <c>--format</c> names them.</summary>
    internal static readonly string[] ExportFormatNames = ["conll", "brat", "labelstudio", "spacy", "html"];

    /// <summary>The formats that describe one document only (a brat .ann pairs with its one .txt).</summary>
    internal static bool IsSingleDocumentFormat(string format) => format == "brat";

    /// <summary>
    /// Several documents: CoNLL separates them with <c>-DOCSTART-</c> lines, Label Studio gets a JSON
    /// array of tasks, spaCy JSON Lines (one document per line), HTML one page with an article per document.
    /// </summary>
    private sealed class ExportOutput(TextWriter output, string format, bool several) : DocumentOutput
    {
        private int _written;
        private MemoryStream? _buffer;
        private Utf8JsonWriter? _json;

        public override void Write(string title, string? documentName, string? id, ExtractionResult result)
        {
            var first = _written++ == 0;
            switch (format)
            {
                case "conll":
                    if (several)
                    {
                        output.Write((first ? string.Empty : "\n") + Conll.DocumentSeparator + "\n\n");
                    }

                    Conll.Write(output, result);
                    break;
                case "brat":
                    Brat.Write(output, result);
                    break;
                case "labelstudio":
                    var writer = Json();
                    if (first)
                    {
                        writer.WriteStartArray();
                    }

                    LabelStudio.WriteTask(writer, result, documentName ?? id);
                    Drain();
                    break;
                case "spacy":
                    output.Write(Spacy.ToJson(result) + "\n");
                    break;
                default:
                    if (first)
                    {
                        Html.WriteHead(output, several ? "FrenchNewsNer" : title);
                    }

                    Html.WriteArticle(output, result, title);
                    break;
            }

            output.Flush();
        }

        public override void Complete()
        {
            if (format == "labelstudio")
            {
                var writer = Json();
                if (_written == 0)
                {
                    writer.WriteStartArray();
                }

                writer.WriteEndArray();
                Drain();
                output.Write('\n');
            }
            else if (format == "html" && _written > 0)
            {
                Html.WriteEnd(output);
            }

            output.Flush();
        }

        private Utf8JsonWriter Json()
        {
            _buffer ??= new MemoryStream();
            return _json ??= new Utf8JsonWriter(_buffer, JsonStyle.Options(indented: false));
        }

        private void Drain()
        {
            _json!.Flush();
            output.Write(System.Text.Encoding.UTF8.GetString(_buffer!.GetBuffer(), 0, (int)_buffer.Length));
            _buffer.SetLength(0);
        }
    }
}
