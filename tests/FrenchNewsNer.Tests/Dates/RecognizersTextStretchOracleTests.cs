using System.Globalization;
using FsCheck.Xunit;

namespace FrenchNewsNer.Tests.Dates;

/// <summary>
/// Recognizers-Text agrees with us on the stretch of the last N months ("au cours des 10 derniers mois"):
/// the same span and the same range, type and ends (<see cref="RecognizersTextRangeOracleTests.Agree"/>).
/// The other stretches ("les 5 dernières années", "les 3 prochains jours") are not compared: Recognizers-Text's
/// .NET build finds nothing or a bare period noun there (its French spec marks those cases notSupported dotnet);
/// DateJoinPropertyTests holds them.
/// </summary>
[FrenchNewsNer.Tests.Oracle.OracleProperties]
public sealed class RecognizersTextStretchOracleTests
{
    private static int Pick(int seed, int count) => (int)((uint)seed % (uint)count);

    [Property(MaxTest = 25)]
    public void Stretches_of_past_months_agree(int countSeed)
    {
        var n = 2 + Pick(countSeed, 11);
        RecognizersTextRangeOracleTests.Agree("N derniers mois", string.Create(CultureInfo.InvariantCulture, $"Les prix ont baissé au cours des {n} derniers mois."));
    }
}
