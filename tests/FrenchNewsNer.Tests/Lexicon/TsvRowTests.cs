using FrenchNewsNer.Lexicon;

namespace FrenchNewsNer.Tests.Lexicon;

public class TsvRowTests
{
    private static TsvRow Row(string field) => new("data.tsv", 7, ["x", field]);

    [Theory]
    [InlineData("Length", QuantityDimension.Length)]
    [InlineData("length", QuantityDimension.Length)]
    public void ParseEnum_reads_member_names(string field, QuantityDimension expected)
    {
        Assert.Equal(expected, Row(field).ParseEnum<QuantityDimension>(1, "dimension"));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Length,Mass")]
    [InlineData("Longueur")]
    [InlineData("")]
    public void ParseEnum_rejects_numbers_lists_and_unknown_names_naming_file_and_line(string field)
    {
        var error = Assert.Throws<DataFormatException>(() => Row(field).ParseEnum<QuantityDimension>(1, "dimension"));
        Assert.StartsWith($"data.tsv:7: unknown dimension '{field}'; expected one of Length, Mass", error.Message);
    }

    [Fact]
    public void ParseEnum_can_require_the_exact_case()
    {
        Assert.Throws<DataFormatException>(() => Row("length").ParseEnum<QuantityDimension>(1, "dimension", ignoreCase: false));
    }
}
