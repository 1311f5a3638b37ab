using Jiceng.Core.Cadres;

namespace Jiceng.Core.Tests.Cadres;

/// <summary>Citizen identity numbers under GB 11643-1999 with the ISO 7064 MOD 11-2 check character.</summary>
public sealed class IdCardNumberTests
{
    // The two worked examples printed in GB 11643-1999 itself; they pin the independent test implementation.
    [Theory]
    [InlineData("11010519491231002", 'X')]
    [InlineData("44052418800101001", '4')]
    public void The_test_oracle_reproduces_the_examples_of_the_standard(string first17, char check) =>
        Assert.Equal(check, Gb11643.CheckChar(first17));

    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example, check X
    [InlineData("440524188001010014")] // the standard's own example (its year 1880 predates what the parser accepts)
    public void Known_numbers_have_the_check_character_the_oracle_computes(string number) =>
        Assert.Equal(Gb11643.CheckChar(number[..17]), number[17]);

    [Theory]
    [InlineData("110105", "19491231", "002")]
    [InlineData("140603", "19850315", "123")]
    [InlineData("140603", "20000229", "010")] // 29 Feb of a leap year divisible by 400
    [InlineData("140603", "20240229", "021")] // 29 Feb of an ordinary leap year
    [InlineData("650102", "19000101", "999")] // the earliest accepted year
    [InlineData("330106", "20241231", "000")]
    [InlineData("140699", "19700101", "000")] // not a current code, but in a province: an abolished county keeps its numbers
    [InlineData("810000", "19700101", "000")] // Hong Kong residents (residence permit)
    public void Accepts_numbers_whose_check_character_is_right(string region, string birth, string sequence)
    {
        var number = Gb11643.Make(region, birth, sequence);

        Assert.True(IdCardNumber.TryParse(number, out var id, out var error), error);
        Assert.Null(error);
        Assert.Equal(number, id.Value);
        Assert.Equal(number, id.ToString());
        Assert.Equal(id, IdCardNumber.Parse(number));
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("000000")]
    [InlineData("100000")]
    [InlineData("840101")]
    public void Refuses_region_codes_outside_every_province(string region)
    {
        Assert.False(IdCardNumber.TryParse(Gb11643.Make(region, "19700101", "000"), out _, out var error));
        Assert.Contains(region, error, StringComparison.Ordinal);
        Assert.Contains("GB/T 2260", error, StringComparison.Ordinal);
    }

    // Prefixes whose check character is X (found with the oracle; the first is the standard's example).
    [Theory]
    [InlineData("11010519491231002")]
    [InlineData("14060319850315102")]
    [InlineData("44030419991231004")]
    public void Accepts_numbers_whose_check_character_is_X(string first17)
    {
        Assert.Equal('X', Gb11643.CheckChar(first17));

        Assert.True(IdCardNumber.TryParse(first17 + "X", out var id, out var error), error);
        Assert.Equal(first17 + "X", id.Value);
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData("14060319850315102x")]
    public void Normalises_a_lower_case_x_to_upper_case(string number)
    {
        Assert.True(IdCardNumber.TryParse(number, out var id, out var error), error);

        Assert.Equal(number.ToUpperInvariant(), id.Value);
        Assert.Equal(IdCardNumber.Parse(number.ToUpperInvariant()), id);
    }

    [Theory]
    [InlineData("  11010519491231002X")]
    [InlineData("11010519491231002X  ")]
    [InlineData("\t11010519491231002X\r\n")]
    [InlineData("\u300011010519491231002X\u3000")] // ideographic space, as typed with a Chinese IME
    public void Trims_surrounding_white_space(string text)
    {
        Assert.True(IdCardNumber.TryParse(text, out var id, out var error), error);
        Assert.Equal("11010519491231002X", id.Value);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("1101051949123100", 16)]
    [InlineData("11010519491231002", 17)]
    [InlineData("11010519491231002X0", 19)]
    [InlineData("110105 19491231002X", 19)] // inner spaces are not trimmed
    [InlineData("110105491231002", 15)] // the retired 15-digit form is not accepted
    public void Refuses_any_length_but_18(string text, int length)
    {
        Assert.False(IdCardNumber.TryParse(text, out var id, out var error));

        Assert.Equal($"身份证号码应为18位，实际为{length}位", error);
        Assert.Equal(default, id);
    }

    [Fact]
    public void Refuses_null_as_a_number_of_length_0()
    {
        Assert.False(IdCardNumber.TryParse(null, out _, out var error));
        Assert.Contains("实际为0位", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 'A')]
    [InlineData(2, 'X')]
    [InlineData(6, 'x')]
    [InlineData(7, 'O')]
    [InlineData(10, ' ')]
    [InlineData(14, '-')]
    [InlineData(15, '１')] // a full-width digit is not an ASCII digit
    [InlineData(16, '*')]
    [InlineData(17, 'X')]
    public void Refuses_a_non_digit_in_positions_1_to_17_naming_position_and_character(int position, char bad)
    {
        var chars = "11010519491231002X".ToCharArray();
        chars[position - 1] = bad;

        Assert.False(IdCardNumber.TryParse(new string(chars), out _, out var error));

        Assert.Equal($"身份证号码第{position}位“{bad}”不是数字", error);
    }

    [Theory]
    [InlineData('Y')]
    [InlineData('*')]
    [InlineData('Ｘ')] // full-width X
    [InlineData('１')]
    public void Refuses_a_last_character_that_is_neither_digit_nor_X(char bad)
    {
        Assert.False(IdCardNumber.TryParse(Gb11643.WithLast("11010519491231002X", bad), out _, out var error));

        Assert.Equal($"身份证号码第18位“{bad}”应为数字或X", error);
    }

    // Every wrong check character of one number whose right one is X...
    [Theory]
    [InlineData('0')]
    [InlineData('1')]
    [InlineData('2')]
    [InlineData('3')]
    [InlineData('4')]
    [InlineData('5')]
    [InlineData('6')]
    [InlineData('7')]
    [InlineData('8')]
    [InlineData('9')]
    public void Refuses_every_wrong_check_digit(char wrong)
    {
        Assert.False(IdCardNumber.TryParse(Gb11643.WithLast("11010519491231002X", wrong), out _, out var error));

        Assert.Equal($"身份证号码校验位错误：应为“X”，实际为“{wrong}”", error);
    }

    // ... and of one number whose right one is a digit, including X and x in its place.
    [Theory]
    [InlineData('X')]
    [InlineData('x')]
    [InlineData('1')]
    [InlineData('3')]
    [InlineData('5')]
    public void Refuses_a_wrong_check_character_in_place_of_a_digit(char wrong)
    {
        const string first17 = "14060319850315123";
        var right = Gb11643.CheckChar(first17);
        Assert.NotEqual(char.ToUpperInvariant(wrong), right);

        Assert.False(IdCardNumber.TryParse(first17 + wrong.ToString(), out _, out var error));

        Assert.Contains($"应为“{right}”，实际为“{char.ToUpperInvariant(wrong)}”", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19000229")] // 1900 is not a leap year (divisible by 100, not by 400)
    [InlineData("20230229")]
    [InlineData("21000229")]
    [InlineData("19850001")] // month 00
    [InlineData("19851301")] // month 13
    [InlineData("19850100")] // day 00
    [InlineData("19850132")] // day 32
    [InlineData("19850431")] // 31 April
    [InlineData("19850631")]
    [InlineData("19850931")]
    [InlineData("19851131")]
    [InlineData("19850230")]
    [InlineData("00000000")]
    [InlineData("18991231")] // before 1900
    [InlineData("18800101")]
    [InlineData("00010101")]
    public void Refuses_a_birth_date_that_is_not_a_real_day_from_1900_on(string birth)
    {
        // The check character is right, so only the date can be at fault.
        var number = Gb11643.Make("140603", birth, "123");

        Assert.False(IdCardNumber.TryParse(number, out _, out var error));

        Assert.Equal($"身份证号码中的出生日期“{birth}”不是有效日期", error);
    }

    [Theory]
    [InlineData("20000229", 2000, 2, 29)]
    [InlineData("20240229", 2024, 2, 29)]
    [InlineData("19000101", 1900, 1, 1)]
    [InlineData("19000228", 1900, 2, 28)]
    [InlineData("19850430", 1985, 4, 30)]
    [InlineData("19851231", 1985, 12, 31)]
    public void Reads_the_birth_date_from_positions_7_to_14(string birth, int year, int month, int day)
    {
        var id = IdCardNumber.Parse(Gb11643.Make("140603", birth, "123"));

        Assert.Equal(new DateOnly(year, month, day), id.BirthDate);
    }

    [Theory]
    [InlineData('1', Sex.Male)]
    [InlineData('3', Sex.Male)]
    [InlineData('5', Sex.Male)]
    [InlineData('7', Sex.Male)]
    [InlineData('9', Sex.Male)]
    [InlineData('0', Sex.Female)]
    [InlineData('2', Sex.Female)]
    [InlineData('4', Sex.Female)]
    [InlineData('6', Sex.Female)]
    [InlineData('8', Sex.Female)]
    public void Reads_the_sex_from_the_17th_digit_odd_for_men_even_for_women(char digit17, Sex sex)
    {
        // The 16th digit is odd on purpose, so only the 17th can decide.
        var id = IdCardNumber.Parse(Gb11643.Make("140603", "19850315", "01" + digit17.ToString()));

        Assert.Equal(sex, id.Sex);
    }

    [Theory]
    [InlineData("110105", "19491231", "002")]
    [InlineData("140603", "19850315", "123")]
    [InlineData("140699", "20000229", "999")] // a former county code inside a province
    public void Reads_the_region_code_from_the_first_6_digits(string region, string birth, string sequence)
    {
        var id = IdCardNumber.Parse(Gb11643.Make(region, birth, sequence));

        Assert.Equal(region, id.RegionCode);
    }

    [Theory]
    [InlineData("11010519491231002X", "110105***********X")]
    [InlineData("11010519491231002x", "110105***********X")]
    [InlineData("440304199912310031", "440304***********1")]
    public void Masks_the_birth_date_and_the_sequence_keeping_only_the_region_and_the_check_character(string number, string masked)
    {
        Assert.Equal(Gb11643.CheckChar(number[..17]), char.ToUpperInvariant(number[17]));

        Assert.Equal(masked, IdCardNumber.Parse(number).Masked);
    }

    [Theory]
    [InlineData("11010519491231002", "实际为17位")]
    [InlineData("1101051949123100XX", "第17位")]
    [InlineData("11010519491231002Y", "第18位")]
    [InlineData("110105194912310020", "校验位")]
    [InlineData("110105194913310020", "19491331")]
    public void Parse_throws_a_FormatException_with_the_Chinese_message(string text, string part)
    {
        var e = Assert.Throws<FormatException>(() => IdCardNumber.Parse(text));

        Assert.Contains("身份证号码", e.Message, StringComparison.Ordinal);
        Assert.Contains(part, e.Message, StringComparison.Ordinal);
    }
}
