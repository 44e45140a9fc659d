using FrenchNewsNer.Patterns;

namespace FrenchNewsNer;

/// <summary>
/// A user rule, like a spaCy entity-ruler pattern: a phrase or a sequence of <see cref="PatternToken"/>s
/// that makes a Person, Organization or Location, with an optional canonical name and id. Add it with
/// <see cref="EntityExtractorBuilder.AddPattern"/> or in a pattern file
/// (<see cref="EntityExtractorBuilder.AddPatternFile"/>).
/// </summary>
/// <remarks>
/// Where several patterns match, the leftmost match wins, then the longest, then the pattern added first;
/// a user match wins over every built-in candidate it overlaps. A match spans at most
/// <see cref="MaxMatchTokens"/> tokens, so that repeated tokens cannot make matching quadratic.
/// </remarks>
public sealed class EntityPattern
{
    /// <summary>The most tokens one match may span.</summary>
    public const int MaxMatchTokens = 64;

    /// <summary>The most tokens a pattern may list.</summary>
    public const int MaxPatternTokens = 32;

    /// <summary>Creates a token pattern; it is checked here (an invalid one throws).</summary>
    /// <param name="kind">Person, Organization or Location.</param>
    /// <param name="tokens">The tokens, in order.</param>
    /// <param name="canonical">The canonical name of every match, or null for the document's own (see <see cref="Entity.Canonical"/>).</param>
    /// <param name="id">The id every match carries (<see cref="Entity.Id"/>), or null.</param>
    /// <exception cref="ArgumentException">The kind is not a name kind, or a token is invalid (see the message).</exception>
    public EntityPattern(EntityKind kind, IReadOnlyList<PatternToken> tokens, string? canonical = null, string? id = null)
    {
        Kind = kind;
        Tokens = Preconditions.CheckNotNull(tokens, nameof(tokens)).ToArray();
        Canonical = string.IsNullOrWhiteSpace(canonical) ? null : canonical;
        Id = string.IsNullOrWhiteSpace(id) ? null : id;
        Compiled = CompiledPattern.Compile(this, message => new ArgumentException(message, nameof(tokens)));
    }

    /// <summary>The kind of every match.</summary>
    public EntityKind Kind { get; }

    /// <summary>The tokens, in order.</summary>
    public IReadOnlyList<PatternToken> Tokens { get; }

    /// <summary>The canonical name of every match, or null.</summary>
    public string? Canonical { get; }

    /// <summary>The id of every match, or null.</summary>
    public string? Id { get; }

    internal CompiledPattern Compiled { get; }

    /// <summary>
    /// A phrase: its words in order, white space between them ignored. Matched exactly as written unless
    /// <paramref name="ignoreCase"/>, which ignores case and accents ("agence france-presse" then matches
    /// "Agence France-Presse").
    /// </summary>
    /// <param name="kind">Person, Organization or Location.</param>
    /// <param name="phrase">The phrase.</param>
    /// <param name="ignoreCase">True to compare folded (case and accents ignored).</param>
    /// <param name="canonical">The canonical name, or null.</param>
    /// <param name="id">The id, or null.</param>
    /// <exception cref="ArgumentException">The phrase is blank or too long, or the kind is not a name kind.</exception>
    public static EntityPattern Phrase(EntityKind kind, string phrase, bool ignoreCase = false, string? canonical = null, string? id = null) =>
        new(kind, PhraseTokens.Split(Preconditions.CheckNotNull(phrase, nameof(phrase)), ignoreCase), canonical, id);
}
