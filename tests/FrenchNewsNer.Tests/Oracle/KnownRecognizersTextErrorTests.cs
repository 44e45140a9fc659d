namespace FrenchNewsNer.Tests.Oracle;

/// <summary>Keeps the known-errors table honest: each number error still happens, and FrenchNewsNer reads the example right.</summary>
public class KnownRecognizersTextErrorTests
{
    public static TheoryData<string> NumberErrors() =>
        new(KnownRecognizersTextErrors.All.Where(e => e.Example is not null).Select(e => e.Id));

    [Theory]
    [MemberData(nameof(NumberErrors))]
    public void Oracle_known_number_error_still_happens_and_FrenchNewsNer_reads_the_example(string id)
    {
        var error = KnownRecognizersTextErrors.All.Single(e => e.Id == id && e.Example is not null);
        var (written, value) = error.Example!.Value;
        var text = $"Il y avait {written} votants.";
        Assert.True(error.Applies(written), $"{id} does not cover its own example");

        var theirs = RecognizersTextOracle.Numbers(text);
        Assert.False(
            theirs.Count == 1 && theirs[0].Number == value,
            $"Recognizers-Text now reads \"{written}\" right ({string.Join("; ", theirs)}): remove '{id}' from KnownRecognizersTextErrors");

        var ours = Assert.Single(Numbers.NumberTestSupport.NumbersOnly.Extract(text).Entities);
        Assert.Equal(written, ours.Text);
        Assert.Equal(value, Assert.IsType<NumberValue>(ours.Value).Number);
    }
}
