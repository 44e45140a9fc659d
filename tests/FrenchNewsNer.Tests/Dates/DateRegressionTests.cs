using static FrenchNewsNer.Tests.Dates.DateTestSupport;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>Cases the date properties found, kept as plain facts so that they are checked on every run.</summary>
public class DateRegressionTests
{
    public static TheoryData<DateOnly?> References => new() { null, DateOnly.MinValue, DateOnly.MaxValue, Sunday, new DateOnly(2024, 2, 29) };

    [Theory]
    [MemberData(nameof(References))]
    public void A_weekday_joined_to_a_month_by_a_hyphen_is_no_crash(DateOnly? reference)
    {
        foreach (var text in new[] { "lundi- mars dernier", "lundi - 29 février", "du 29 février au 2 mars", "entre le 28 février et le 29 février" })
        {
            foreach (var (span, timex) in FindDates(text, reference))
            {
                Assert.Contains(span, text, StringComparison.Ordinal);
                Assert.NotEmpty(timex);
            }
        }
    }
}
