namespace FrenchNewsNer.Quantities;

/// <summary>The roles a context phrase plays (the <c>role</c> column of context.tsv); a phrase may have several.</summary>
[Flags]
internal enum CueRole
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>A hedge before the number ("environ", "près de"): outside the span, sets approximate.</summary>
    Hedge = 1 << 0,

    /// <summary>A hedge right after the quantity ("250 km environ").</summary>
    HedgeAfter = 1 << 1,

    /// <summary>An approximate count noun ("centaine"); the cue value is its size.</summary>
    Collective = 1 << 2,

    /// <summary>A scale word that may end a number before "de" ("millions").</summary>
    Scale = 1 << 3,

    /// <summary>An abbreviated scale between number and unit ("M€", "200k K"); the cue value is its size.</summary>
    ScaleAbbreviation = 1 << 4,

    /// <summary>Before the number: the time unit is a duration ("depuis", "il y a").</summary>
    DurationBefore = 1 << 5,

    /// <summary>"NOUN de N ans" is a duration ("une peine de").</summary>
    DurationNoun = 1 << 6,

    /// <summary>After the unit: a duration ("plus tard", "pour").</summary>
    DurationAfter = 1 << 7,

    /// <summary>Right before the number: an age ("âgé de", "à l'âge de").</summary>
    AgeBefore = 1 << 8,

    /// <summary>Before the number, adverbs allowed between: an age ("a", "était").</summary>
    AgeVerb = 1 << 9,

    /// <summary>May stand between an age verb and the number ("seulement").</summary>
    AgeAdverb = 1 << 10,

    /// <summary>After the unit: an age ("vieux", "d'âge").</summary>
    AgeAfter = 1 << 11,

    /// <summary>"NOUN de N mois" is an age ("un bébé de").</summary>
    AgeNoun = 1 << 12,

    /// <summary>In the clause before the number: degrees measure an angle.</summary>
    AngleCue = 1 << 13,

    /// <summary>In the clause before the number: "tours" are turns.</summary>
    TurnCue = 1 << 14,

    /// <summary>Right before the number: hours are a clock time ("à", "vers").</summary>
    TimeBefore = 1 << 15,

    /// <summary>Right after the unit: hours are a clock time ("du soir", "précises").</summary>
    TimeAfter = 1 << 16,

    /// <summary>May follow a bare degree sign that measures a temperature ("35° à l'ombre").</summary>
    DegreeAfter = 1 << 17,
}

/// <summary>A context phrase's roles and value.</summary>
/// <param name="Roles">Its roles, for a phrase of more than one letter.</param>
/// <param name="Value">The size of a collective or scale abbreviation; 0 otherwise.</param>
/// <param name="Letters">
/// For a one-letter phrase, the roles per way of writing it: "a" (the verb) and "à" (the preposition) fold
/// alike but mean different things, and "k" is a scale where "K" is not; null otherwise.
/// </param>
internal sealed record QuantityCue(CueRole Roles, double Value, (string Forms, CueRole Roles)[]? Letters)
{
    /// <summary>The roles of this phrase as written at token <paramref name="tokenIndex"/> (its first token).</summary>
    public CueRole RolesAt(FrenchNewsNer.Text.Document document, int tokenIndex)
    {
        if (Letters is null)
        {
            return Roles;
        }

        var written = document.Text[document.Tokens[tokenIndex].Start];
        var roles = CueRole.None;
        foreach (var (forms, letterRoles) in Letters)
        {
            if (forms.Contains(written, StringComparison.Ordinal))
            {
                roles |= letterRoles;
            }
        }

        return roles;
    }
}
