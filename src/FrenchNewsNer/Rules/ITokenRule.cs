namespace FrenchNewsNer.Rules;

/// <summary>
/// A rule of a family: where it may open (<see cref="Start"/>) and what it does at a token where it may.
/// Stateless and thread-safe; the per-document state is the family's <typeparamref name="TScan"/>.
/// </summary>
/// <typeparam name="TScan">The family's per-document scan: the document, its output and what rules leave for later rules.</typeparam>
internal interface ITokenRule<in TScan>
{
    /// <summary>The tokens this rule may open at.</summary>
    RuleStart Start { get; }

    /// <summary>
    /// Reads what the rule reads from token <paramref name="index"/>: the token after what it took (greater
    /// than <paramref name="index"/>), or <see cref="RuleEngine{TScan}.NotHere"/> to let the next rule try.
    /// </summary>
    int Apply(TScan scan, int index);
}

/// <summary>The per-document scan of a family run by a <see cref="RuleEngine{TScan}"/>.</summary>
internal interface IRuleScan
{
    /// <summary>Whether the family's rules may open at token <paramref name="index"/> at all (asked only where one may by its start); false skips the token.</summary>
    bool Admits(int index);
}

/// <summary>How the engine picks the rules to ask at a token.</summary>
internal enum RuleDispatch
{
    /// <summary>Only the rules whose start holds at the token: the production path.</summary>
    Indexed,

    /// <summary>Every rule at every token: the reference the tests compare <see cref="Indexed"/> with.</summary>
    EveryRule,
}
