using FrenchNewsNer.Pipeline;
using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Names;

/// <summary>
/// Which person holds which role in a document, read from the three ways news ties a role to a name:
/// "le dirigeant nord-coréen Kim Jong Un" (role, qualifiers, name), "Le gouverneur (Oleg Kojémiako)"
/// (name in parentheses), and "Oleg Kojémiako, le gouverneur de la région" (apposition after a comma).
/// A later "le gouverneur" then resolves to the nearest person linked to that role.
/// </summary>
internal sealed class RoleLinks
{
    // How far a role may stand from its name: "le ministre de l'Ecologie Alexandre Kozlov" is 5 tokens.
    private const int MaxGap = 7;

    private readonly Document _document;

    // Each link: the token of its role noun (its folded form is the role), where the role stands in the text,
    // and the person; in text order. Keyed by a token rather than a string: no string per link or per look-up.
    private readonly List<(int RoleToken, int Position, string Person)> _links;

    private RoleLinks(Document document, List<(int RoleToken, int Position, string Person)> links)
    {
        _document = document;
        _links = links;
    }

    /// <summary>Finds the role-name links of a document.</summary>
    public static RoleLinks Find(EntityTokenView view, FoldedKeySet roleNouns)
    {
        var links = new List<(int, int, string)>();
        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // A word inside an entity is no role; that test is cheaper than the role-noun probe.
            if (!tokens[i].IsWord || view.EntityAt(i) is not null || !roleNouns.Contains(view.Folded(i)))
            {
                continue;
            }

            var person = PersonAfter(view, i) ?? PersonBefore(view, i, roleNouns);
            if (person is not null)
            {
                links.Add((i, tokens[i].Start, person));
            }
        }

        return new RoleLinks(view.Document, links);
    }

    /// <summary>The person linked to <paramref name="role"/> nearest before <paramref name="position"/>, else after.</summary>
    public string? Resolve(ReadOnlySpan<char> role, int position)
    {
        string? before = null;
        string? after = null;
        foreach (var (roleToken, at, person) in _links)
        {
            if (!_document.FoldedOf(roleToken).SequenceEqual(role))
            {
                continue;
            }

            if (at <= position)
            {
                before = person;
            }
            else
            {
                after ??= person;
            }
        }

        return before ?? after;
    }

    // "le président russe Vladimir Poutine", "Le gouverneur (Oleg Kojémiako)": the name follows the role
    // and its qualifiers (lower-case words, "de la région de X", a place) with no clause boundary between.
    private static string? PersonAfter(EntityTokenView view, int role)
    {
        var limit = Math.Min(view.Count, role + MaxGap + 1);
        for (var i = role + 1; i < limit; i++)
        {
            if (view.StartsActor(i, out var actor) && actor.Kind == EntityKind.Person)
            {
                return actor.Canonical;
            }

            var token = view.Tokens[i];
            if (token.Has(TokenFlags.SentenceStart))
            {
                return null;
            }

            if (token.IsPunctuation && !view.IsChar(i, '('))
            {
                return null;
            }

            if (view.EntityAt(i) is { Kind: EntityKind.Person or EntityKind.Organization })
            {
                return null;
            }
        }

        return null;
    }

    // "Oleg Kojémiako, le gouverneur …": a person, a comma, an optional determiner, the role.
    private static string? PersonBefore(EntityTokenView view, int role, FoldedKeySet roleNouns)
    {
        var i = role - 1;
        if (i >= 0 && view.Tokens[i].IsWord && view.Folded(i) is var det && (det.SequenceEqual("le") || det.SequenceEqual("la") || det.SequenceEqual("l'")))
        {
            i--;
        }

        if (i < 1 || !view.IsChar(i, ','))
        {
            return null;
        }

        var person = view.EntityAt(i - 1);
        return person is { Kind: EntityKind.Person } ? person.Canonical : null;
    }
}
