using System.Text.Json.Serialization;
using FrenchNewsNer.Serialization;

namespace FrenchNewsNer;

/// <summary>
/// A span of the caller's text: UTF-16 code-unit offsets, <see cref="Start"/> inclusive and
/// <see cref="End"/> exclusive, like <see cref="Entity.Start"/> and <see cref="Entity.End"/>.
/// </summary>
/// <param name="Start">The index of the first code unit.</param>
/// <param name="End">The index after the last code unit.</param>
[JsonConverter(typeof(TextSpanJsonConverter))]
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>The number of UTF-16 code units in the span.</summary>
    public int Length => End - Start;

    /// <summary>The text of this span in <paramref name="text"/>.</summary>
    /// <param name="text">The text the offsets point into.</param>
    /// <returns><c>text.Substring(Start, Length)</c>.</returns>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
