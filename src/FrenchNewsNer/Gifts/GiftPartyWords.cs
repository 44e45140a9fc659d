using FrenchNewsNer.Lexicon;
using FrenchNewsNer.Names.Gazetteers;

namespace FrenchNewsNer.Gifts;

/// <summary>How a role description names its person: a role held, or the other party of a meeting.</summary>
internal enum RoleDescriptionKind
{
    /// <summary>"le président chinois": the person holding that role (and nationality).</summary>
    Role,

    /// <summary>"son homologue", "son hôte": the other party.</summary>
    Counterpart,
}

/// <summary>A role description of role-descriptions.tsv.</summary>
/// <param name="Kind">Role or counterpart.</param>
/// <param name="PersonRole">The role the names data gives such a person, or null (any).</param>
/// <param name="Gender">The gender the description implies, or <see cref="NameGender.None"/>.</param>
internal sealed record RoleDescription(RoleDescriptionKind Kind, PersonRole? PersonRole, NameGender Gender);

/// <summary>
/// The words that name a gift's giver or recipient other than by a name: role descriptions
/// (role-descriptions.tsv), designators before a place's name ("la ville de", party-designators.tsv),
/// and civilities ("M.", "Mme", the civility rows of names/titles.tsv).
/// </summary>
internal sealed class GiftPartyWords
{
    private GiftPartyWords(PhraseMatcher<RoleDescription> roles, FoldedKeySet designators, FoldedKeySet civilities)
    {
        Roles = roles;
        Designators = designators;
        Civilities = civilities;
    }

    /// <summary>Role descriptions by phrase ("premier ministre", "homologue").</summary>
    public PhraseMatcher<RoleDescription> Roles { get; }

    /// <summary>Nouns before a place's or organisation's name ("ville", "gouvernement").</summary>
    public FoldedKeySet Designators { get; }

    /// <summary>Civilities before a person's name ("M.", "Mme", "Madame").</summary>
    public FoldedKeySet Civilities { get; }

    /// <summary>Reads the three lists.</summary>
    public static GiftPartyWords Load()
    {
        var roles = new PhraseMatcher<RoleDescription>.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/role-descriptions.tsv", "phrase", "kind", "personRole", "gender"))
        {
            PersonRole? personRole = row[2] == "-" ? null : row.ParseEnum<PersonRole>(2, "personRole");
            var gender = row[3] switch
            {
                "m" => NameGender.Masculine,
                "f" => NameGender.Feminine,
                "-" => NameGender.None,
                _ => throw row.Error($"expected m, f or - in column 4, found '{row[3]}'"),
            };
            roles.Add(row[0], new RoleDescription(row.ParseEnum<RoleDescriptionKind>(1, "kind"), personRole, gender));
        }

        var designators = new FoldedKeySet.Builder();
        foreach (var row in EmbeddedData.ReadTsv("gifts/party-designators.tsv", "word"))
        {
            designators.Add(row[0]);
        }

        var civilities = new FoldedKeySet.Builder();
        foreach (var row in EmbeddedData.ReadTsv("names/titles.tsv", "title", "gender", "number", "category"))
        {
            if (row[3] == "civility" && !row[0].Contains(' '))
            {
                // "M." may reach the gift stage as "M" and "." when the tokeniser splits the period off.
                civilities.Add(row[0]);
                civilities.Add(row[0].TrimEnd('.'));
            }
        }

        return new GiftPartyWords(roles.Build(), designators.Build(), civilities.Build());
    }
}
