using System.Runtime.CompilerServices;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Lexicon;

/// <summary>Folds a lexicon key exactly as documents are folded, so keys and shadows compare ordinally.</summary>
internal static class TextFolding
{
    /// <summary>
    /// The folded form of a key: <see cref="FoldedText.Create"/>'s shadow. Keys almost never hold a combining
    /// mark, so they are folded here unit by unit without the position map; a key with one goes through
    /// <see cref="FoldedText"/>, which drops the marks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called for every gazetteer key at start-up
    public static string Fold(string text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = CharFolding.Fold(text[i]);
        }

        return folded.Contains(CharFolding.Dropped) ? FoldedText.Create(text).Value : new string(folded);
    }
}
