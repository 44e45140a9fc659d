using FsCheck;
using FsCheck.Fluent;

namespace FrenchNewsNer.Tests.Text;

/// <summary>
/// Shrinkers for generated text, so that a failing property reports a short counterexample: a text
/// shrinks by dropping whole sentences or lines first, then words, then (once it is short) single
/// characters. FsCheck keeps the first smaller candidate that still fails and starts again from it.
/// </summary>
internal static class Shrinkers
{
    /// <summary>Below this length a text also shrinks character by character.</summary>
    private const int CharacterShrinkLength = 80;

    /// <summary>Smaller variants of <paramref name="text"/>, biggest cuts first.</summary>
    public static IEnumerable<string> Text(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        yield return string.Empty;
        var sentences = SplitAfter(text, IsSentenceEnd);
        if (sentences.Count > 1)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                yield return Without(sentences, i);
            }
        }

        var words = SplitAfter(text, (t, i) => t[i] == ' ');
        if (words.Count > 1)
        {
            for (var i = 0; i < words.Count; i++)
            {
                yield return Without(words, i);
            }
        }

        if (text.Length <= CharacterShrinkLength)
        {
            for (var i = 0; i < text.Length; i++)
            {
                yield return text.Remove(i, 1);
            }
        }
    }

    /// <summary>The list without one of its elements, for each element (the empty list first).</summary>
    public static IEnumerable<List<T>> Dropping<T>(IReadOnlyList<T> list)
    {
        if (list.Count == 0)
        {
            yield break;
        }

        yield return [];
        for (var skipped = 0; skipped < list.Count && list.Count > 1; skipped++)
        {
            var smaller = new List<T>(list.Count - 1);
            for (var i = 0; i < list.Count; i++)
            {
                if (i != skipped)
                {
                    smaller.Add(list[i]);
                }
            }

            yield return smaller;
        }
    }

    /// <summary>The list without one of its elements, for each element (the empty list first).</summary>
    public static IEnumerable<List<T>> Dropping<T>(List<T> list) => Dropping((IReadOnlyList<T>)list);

    /// <summary>The array without one of its elements, for each element (the empty array first).</summary>
    public static IEnumerable<T[]> Dropping<T>(T[] array) => Dropping((IReadOnlyList<T>)array).Select(l => l.ToArray());

    /// <summary>The generator with <see cref="Text"/> as its shrinker.</summary>
    public static Arbitrary<string> Shrinking(this Gen<string> generator) => Arb.From(generator, Text);

    /// <summary>An arbitrary whose values shrink through the text they carry.</summary>
    public static Arbitrary<T> ShrinkingBy<T>(this Gen<T> generator, Func<T, string> text, Func<T, string, T> withText) =>
        Arb.From(generator, value => Text(text(value)).Select(smaller => withText(value, smaller)));

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' or '»' && i + 1 < text.Length && text[i + 1] is ' ' or '\n' or '\r');

    /// <summary>The text cut after every position <paramref name="isCut"/> accepts; the pieces concatenate back to it.</summary>
    private static List<string> SplitAfter(string text, Func<string, int, bool> isCut)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (isCut(text, i))
            {
                pieces.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            pieces.Add(text[start..]);
        }

        return pieces;
    }

    private static string Without(List<string> pieces, int skipped)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i != skipped)
            {
                text.Append(pieces[i]);
            }
        }

        return text.ToString().Trim(' ');
    }
}
