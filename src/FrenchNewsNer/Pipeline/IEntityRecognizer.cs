using FrenchNewsNer.Text;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// One entity family's recogniser (numbers, quantities, dates, names). Stateless after construction and
/// safe to call from many threads: every per-document state lives on the stack or in the output list.
/// </summary>
internal interface IEntityRecognizer
{
    /// <summary>The kinds this recogniser may propose.</summary>
    EntityKindSet Produces { get; }

    /// <summary>Appends candidate spans for <paramref name="document"/> to <paramref name="output"/>.</summary>
    void Recognize(Document document, RecognitionContext context, List<Candidate> output);
}

/// <summary>What a recogniser knows about the current call besides the text.</summary>
/// <param name="ReferenceDate">The publication date, or null.</param>
/// <param name="Kinds">The kinds wanted in this call.</param>
internal readonly record struct RecognitionContext(DateOnly? ReferenceDate, EntityKindSet Kinds);
