using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Jiceng.Core.Cadres;

/// <summary>
/// A citizen identity number (公民身份号码) under GB 11643-1999: 6-digit address code, 8-digit birth date,
/// 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0–9 or X).
/// Only the 18-character form is accepted; a lower-case x is normalised to X.
/// </summary>
public readonly record struct IdCardNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    private IdCardNumber(string value) => Value = value;

    /// <summary>The normalised 18-character number.</summary>
    public string Value { get; }

    /// <summary>The 6-digit address code (GB/T 2260) of the place of first registration.</summary>
    public string RegionCode => Value[..6];

    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The 17th digit is odd for men and even for women.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>
    /// The masked form shown everywhere but the audited unmasking: the region code and the check character only, e.g.
    /// 110105***********X. The birth date (digits 7–14) is shown beside it, and with the sequence (15–17) it would
    /// complete the number, so both stay hidden (docs/decisions/0004-id-number-masking.md).
    /// </summary>
    public string Masked => string.Concat(Value.AsSpan(0, 6), "***********", Value.AsSpan(17, 1));

    public override string ToString() => Value;

    public static IdCardNumber Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    /// <summary>Parses and validates a number; on failure <paramref name="error"/> says why, in Chinese.</summary>
    public static bool TryParse(string? text, out IdCardNumber id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        var s = text?.Trim() ?? "";
        if (s.Length != 18)
        {
            error = $"身份证号码应为18位，实际为{s.Length}位";
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                error = $"身份证号码第{i + 1}位“{s[i]}”不是数字";
                return false;
            }
        }

        if (!IsKnownRegion(s.AsSpan(0, 6)))
        {
            error = $"身份证号码前6位地址码“{s[..6]}”不属于任何省级行政区划（GB/T 2260）";
            return false;
        }

        var last = char.ToUpperInvariant(s[17]);
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            error = $"身份证号码第18位“{s[17]}”应为数字或X";
            return false;
        }

        if (!DateOnly.TryParseExact(s.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            error = $"身份证号码中的出生日期“{s.Substring(6, 8)}”不是有效日期";
            return false;
        }

        var expected = CheckCharacter(s.AsSpan(0, 17));
        if (last != expected)
        {
            error = $"身份证号码校验位错误：应为“{expected}”，实际为“{last}”";
            return false;
        }

        id = new IdCardNumber(string.Concat(s.AsSpan(0, 17), last.ToString()));
        error = null;
        return true;
    }

    /// <summary>
    /// An address code is accepted when it is a current GB/T 2260 code, or when its first two digits name a
    /// province-level division: a number keeps the code of its first registration for life, so codes of abolished
    /// counties (not in the current table) are legitimate, but a code outside every province (e.g. 999999) is not.
    /// 71, 81, 82 and 83 (Taiwan, Hong Kong, Macao; residence permits) are provinces for this purpose.
    /// </summary>
    public static bool IsKnownRegion(ReadOnlySpan<char> code6) =>
        code6.Length == 6
        && (CodeTables.CodeTables.Regions.Contains(code6.ToString())
            || CodeTables.CodeTables.Regions.Contains(string.Concat(code6[..2], "0000"))
            || code6[..2] is "71" or "81" or "82" or "83");

    /// <summary>The ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }
}
