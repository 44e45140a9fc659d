namespace FrenchNewsNer.Tests.Api;

public class EntityKindSetTests
{
    [Theory]
    [InlineData("Person,Date", "Person,Date")]
    [InlineData(" person , LOCATION ", "Person,Location")]
    [InlineData("all", "Person,Organization,Location,Quantity,Date,Number,Gift")]
    public void Parses_kind_lists(string text, string expected)
    {
        Assert.True(EntityKindSet.TryParse(text, out var set, out var error));
        Assert.Null(error);
        Assert.Equal(expected, set.ToString());
    }

    [Theory]
    [InlineData("Persons")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData("Person,,Planet")]
    public void Rejects_unknown_kinds_with_a_message(string text)
    {
        Assert.False(EntityKindSet.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Set_operations_are_pure()
    {
        var set = EntityKindSet.Of(EntityKind.Person);
        var more = set.With(EntityKind.Date);
        Assert.False(set.Contains(EntityKind.Date));
        Assert.True(more.Contains(EntityKind.Date));
        Assert.Equal(set, more.Without(EntityKind.Date));
        Assert.True(EntityKindSet.None.IsEmpty);
    }
}
