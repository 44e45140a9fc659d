using FrenchNewsNer.Rules;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Numbers;

/// <summary>
/// The start condition "a number may start here" of rules that open with a number: the reader's start bits
/// for the document (its memo), or its start test when the document holds another reader's memo.
/// </summary>
internal sealed class NumberStartTest(FrenchNumberParser numbers) : IStartTest
{
    /// <inheritdoc />
    public bool MayStartAt(Document document, int index, ReadOnlySpan<char> folded) => numbers.MayStartAt(document, index);

    /// <inheritdoc />
    public ulong[]? StartBits(Document document) => numbers.MemoFor(document)?.StartBits;
}
