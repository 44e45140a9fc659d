using System.Reflection;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Oracle;

/// <summary>The oracle properties draw a fixed set of cases unless a person asks for fresh ones.</summary>
public class OracleSeedTests
{
    [Fact]
    public void Every_property_class_comparing_with_recognizers_text_runs_on_the_oracle_seed()
    {
        var oracleClasses = typeof(OracleSeedTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(OracleSeedTests).Namespace || t.Name.Contains("RecognizersText", StringComparison.Ordinal))
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<PropertyAttribute>() is not null))
            .ToList();

        Assert.NotEmpty(oracleClasses);
        Assert.All(oracleClasses, t => Assert.True(
            t.GetCustomAttribute<OraclePropertiesAttribute>() is not null,
            $"{t.Name} compares with Recognizers-Text in [Property] methods but has no [OracleProperties]: CI would draw fresh cases every run"));
    }

    [Theory]
    [InlineData(null, OraclePropertiesAttribute.FixedSeed)]
    [InlineData("", OraclePropertiesAttribute.FixedSeed)]
    [InlineData("random", null)]
    [InlineData(" Random ", null)]
    [InlineData("(12345,6789)", "(12345,6789)")]
    public void The_seed_variable_chooses_the_replay(string? variable, string? replay) =>
        Assert.Equal(replay, OraclePropertiesAttribute.ReplayFrom(variable));
}
