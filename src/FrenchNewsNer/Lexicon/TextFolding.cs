using FrenchNewsNer.Text;

namespace FrenchNewsNer.Lexicon;

/// <summary>Folds a lexicon key exactly as documents are folded, so keys and shadows compare ordinally.</summary>
internal static class TextFolding
{
    public static string Fold(string text) => FoldedText.Create(text).Value;
}
