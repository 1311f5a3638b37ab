using System.Globalization;
using CsCheck;
using Jiceng.Core.Cadres;

namespace Jiceng.Core.Tests.Cadres;

public sealed class IdCardNumberProperties
{
    private const string CheckAlphabet = "0123456789X";
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly int Span = new DateOnly(2099, 12, 31).DayNumber - Earliest.DayNumber;

    /// <summary>Any region of provinces 11–15 (current or abolished codes), any real day from 1900 on, any sequence: 17 digits with a valid date.</summary>
    private static readonly Gen<string> First17 = Gen.Select(Gen.Int[110_000, 159_999], Gen.Int[0, Span], Gen.Int[0, 999],
        (region, day, sequence) => string.Concat(
            region.ToString("D6", CultureInfo.InvariantCulture),
            Earliest.AddDays(day).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            sequence.ToString("D3", CultureInfo.InvariantCulture)));

    [Fact]
    public void A_number_parses_exactly_when_its_last_character_is_the_computed_check_character() =>
        Gen.Select(First17, Gen.Int[0, CheckAlphabet.Length - 1]).Sample((first17, i) =>
        {
            var last = CheckAlphabet[i];
            var ok = IdCardNumber.TryParse(first17 + last.ToString(), out var id, out var error);
            Assert.Equal(last == Gb11643.CheckChar(first17), ok);
            if (ok)
            {
                Assert.Equal(first17 + last.ToString(), id.Value);
            }
            else
            {
                Assert.StartsWith("身份证号码校验位错误", error, StringComparison.Ordinal);
            }
        });

    [Fact]
    public void Appending_the_computed_check_character_always_parses_and_reads_back_the_parts() =>
        First17.Sample(first17 =>
        {
            var number = Gb11643.Complete(first17);
            Assert.True(IdCardNumber.TryParse(number.ToLowerInvariant(), out var id, out var error), error);
            Assert.Equal(number, id.Value);
            Assert.Equal(first17[..6], id.RegionCode);
            Assert.Equal(first17[6..14], id.BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Assert.Equal((first17[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female, id.Sex);
        });
}
