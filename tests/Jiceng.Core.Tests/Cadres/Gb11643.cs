using System.Globalization;

namespace Jiceng.Core.Tests.Cadres;

/// <summary>
/// An independent ISO 7064 MOD 11-2 implementation used to produce expected values, so the tests never trust
/// <c>IdCardNumber.CheckCharacter</c>: weight of the i-th digit (1-based) is 2^(18 - i) mod 11, and the check
/// value is (12 - sum mod 11) mod 11, written X when it is 10.
/// </summary>
internal static class Gb11643
{
    public static char CheckChar(string first17)
    {
        Assert.Equal(17, first17.Length);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = (1 << (17 - i)) % 11;
            sum += (first17[i] - '0') * weight;
        }

        var check = (12 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>The full 18-character number: the 17 digits followed by their check character.</summary>
    public static string Complete(string first17) => first17 + CheckChar(first17).ToString();

    /// <summary>A valid number from its parts: 6-digit region, yyyyMMdd birth date, 3-digit sequence.</summary>
    public static string Make(string region, string birth, string sequence) => Complete(region + birth + sequence);

    public static string Make(string region, DateOnly birth, string sequence) =>
        Make(region, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), sequence);

    /// <summary>A number with the given 17 digits and the given last character, whether or not it is right.</summary>
    public static string WithLast(string number, char last) => string.Concat(number.AsSpan(0, 17), last.ToString());
}
