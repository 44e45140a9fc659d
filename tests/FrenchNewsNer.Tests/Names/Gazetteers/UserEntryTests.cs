using FrenchNewsNer.Names.Gazetteers;
using FrenchNewsNer.Text;

namespace FrenchNewsNer.Tests.Names.Gazetteers;

/// <summary>User entries are layered over the built-in gazetteers and win over them.</summary>
public class UserEntryTests
{
    private static readonly NameGazetteers BuiltIn = NameGazetteers.BuiltIn;

    [Fact]
    public void A_user_name_hides_a_built_in_name_of_the_same_tokens()
    {
        var user = BuiltIn.WithUserEntries([new GazetteerEntry(EntityKind.Organization, "Orange", "Orange SA")]);
        var document = Document.Create("Orange a annoncé");
        var all = new List<NameMatch>();
        user.MatchAll(document, 0, all);
        var only = Assert.Single(all);
        Assert.Equal((EntityKind.Organization, "Orange SA", GazetteerSource.User), (only.Kind, only.Canonical, only.Source));

        // The built-in tables are shared, and untouched.
        Assert.Same(BuiltIn.Places, user.Places);
        all.Clear();
        BuiltIn.MatchAll(document, 0, all);
        Assert.Contains(all, m => m.Kind == EntityKind.Location);
    }

    [Fact]
    public void A_user_name_overrides_the_canonical_name()
    {
        var user = BuiltIn.WithUserEntries([new GazetteerEntry(EntityKind.Location, "RPDC", "République populaire démocratique de Corée")]);
        Assert.True(user.TryMatchName(Document.Create("la RPDC"), 1, out var match));
        Assert.Equal(("République populaire démocratique de Corée", GazetteerSource.User), (match.Canonical, match.Source));
    }

    [Fact]
    public void A_longer_built_in_name_still_wins_over_a_shorter_user_name()
    {
        var user = BuiltIn.WithUserEntries([new GazetteerEntry(EntityKind.Person, "Kim")]);
        var document = Document.Create("Kim Jong Un et Kim");
        Assert.True(user.TryMatchName(document, 0, out var full));
        Assert.Equal((3, "Kim Jong Un"), (full.TokenCount, full.Canonical));
        Assert.True(user.TryMatchName(document, 4, out var shortName));
        Assert.Equal((EntityKind.Person, "Kim", GazetteerSource.User), (shortName.Kind, shortName.Canonical, shortName.Source));
    }

    [Fact]
    public void User_names_follow_the_documented_case_rule()
    {
        // GazetteerEntry: a capital only asks for a capitalised word; capitals do not ask for capitals.
        var user = BuiltIn.WithUserEntries([new GazetteerEntry(EntityKind.Organization, "ABC Media")]);
        Assert.True(user.TryMatchName(Document.Create("Abc Media"), 0, out var match));
        Assert.Equal(GazetteerSource.User, match.Source);
        Assert.False(user.TryMatchName(Document.Create("abc media"), 0, out _));
    }

    [Fact]
    public void The_last_user_entry_for_a_name_wins()
    {
        var user = BuiltIn.WithUserEntries([
            new GazetteerEntry(EntityKind.Location, "Nova"),
            new GazetteerEntry(EntityKind.Organization, "Nova", "Nova SA"),
        ]);
        Assert.True(user.TryMatchName(Document.Create("Nova"), 0, out var match));
        Assert.Equal((EntityKind.Organization, "Nova SA"), (match.Kind, match.Canonical));
        Assert.True(user.IsKnownName("nova"));
    }
}
