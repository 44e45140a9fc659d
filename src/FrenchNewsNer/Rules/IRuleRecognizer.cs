using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Rules;

/// <summary>A recogniser whose family runs on a <see cref="RuleEngine{TScan}"/>: it can be run with every rule at every token, the reference of its index.</summary>
internal interface IRuleRecognizer : IEntityRecognizer
{
    /// <summary>Proposes candidates as <see cref="IEntityRecognizer.Recognize"/> does, the rules picked per token by <paramref name="dispatch"/>.</summary>
    void Recognize(Document document, RecognitionContext context, List<Candidate> output, RuleDispatch dispatch);
}
