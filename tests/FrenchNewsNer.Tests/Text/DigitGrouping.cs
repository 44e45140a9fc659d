using System.Globalization;
using System.Text;

namespace FrenchNewsNer.Tests.Text;

/// <summary>Writes integers the way French news groups their digits, for the number, quantity and robustness properties.</summary>
internal static class DigitGrouping
{
    /// <summary>"1234567" with <paramref name="separator"/> between groups of three: "1 234 567".</summary>
    public static string Group(long n, string separator)
    {
        var digits = n.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(digits.Length + (digits.Length / 3 * separator.Length));
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }
}
