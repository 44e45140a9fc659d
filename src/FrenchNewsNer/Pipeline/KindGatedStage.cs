using FrenchNewsNer.Text;

namespace FrenchNewsNer.Pipeline;

/// <summary>
/// A document stage that runs only in the calls that compute one of the kinds it works on: a call for dates
/// alone has no names for a names stage to read, and should get no names from it either.
/// </summary>
/// <param name="inner">The stage.</param>
/// <param name="kinds">The kinds it works on.</param>
internal sealed class KindGatedStage(IDocumentStage inner, EntityKindSet kinds) : IDocumentStage
{
    public void Process(Document document, RecognitionContext context, ResolvedDocument resolved)
    {
        if (!context.Kinds.Intersect(kinds).IsEmpty)
        {
            inner.Process(document, context, resolved);
        }
    }
}
