using Jiceng.Core.Common;

namespace Jiceng.Core.Tests.Common;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("王五")]
    [InlineData("阿依古丽·买买提")]
    [InlineData("Zhang San")]
    [InlineData("  王五  ")] // trimmed before checking
    [InlineData("𠀀")] // a CJK Extension B character (a surrogate pair)
    public void Accepts_ordinary_names(string text) => Assert.Null(FreeText.Problem(text, 50, required: true));

    [Theory]
    [InlineData("王\u202e\u200b五\u0007\u0000", 2, 0x202E)] // bidi override
    [InlineData("\u200b\u200b", 1, 0x200B)]            // zero-width spaces only
    [InlineData("张\u200d三", 2, 0x200D)]               // zero-width joiner
    [InlineData("李\u2066四", 2, 0x2066)]               // bidi isolate
    [InlineData("\ufeff赵", 1, 0xFEFF)]                 // byte-order mark
    [InlineData("钱\u00ad孙", 2, 0x00AD)]               // soft hyphen
    [InlineData("周\u0085吴", 2, 0x0085)]               // C1 control
    [InlineData("郑\u2028王", 2, 0x2028)]               // line separator
    [InlineData("冯\ue000陈", 2, 0xE000)]               // private use
    [InlineData("褚\ufffd卫", 2, 0xFFFD)]               // replacement character: text broken by a wrong encoding
    [InlineData("蒋\n沈", 2, 0x000A)]                   // a line break in a one-line field
    public void Refuses_invisible_and_control_characters_naming_position_and_code_point(string text, int position, int codePoint)
    {
        Assert.Equal((position, codePoint), FreeText.FirstForbidden(text));
        var problem = FreeText.Problem(text, 50, required: true);
        Assert.NotNull(problem);
        Assert.Contains($"U+{codePoint:X4}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_unpaired_surrogate()
    {
        // Built here: test data attributes cannot carry a lone surrogate intact.
        var text = "褚" + (char)0xD800 + "卫";
        Assert.Equal((2, 0xD800), FreeText.FirstForbidden(text));
    }

    [Theory]
    [InlineData("第一行\n第二行\t完")]
    [InlineData("第一行\r\n第二行")]
    public void Multi_line_fields_may_hold_line_breaks_and_tabs(string text) =>
        Assert.Null(FreeText.Problem(text, 50, required: true, multiLine: true));

    [Fact]
    public void Multi_line_fields_still_refuse_other_controls() =>
        Assert.NotNull(FreeText.Problem("第一行\n\u0000", 50, required: true, multiLine: true));

    [Theory]
    [InlineData(null, true, "必填")]
    [InlineData("   ", true, "必填")]
    [InlineData(null, false, null)]
    [InlineData("一二三四五", false, null)]
    [InlineData("一二三四五六", false, "不能超过5个字")]
    public void Required_and_length_at_the_boundary(string? text, bool required, string? expected) =>
        Assert.Equal(expected, FreeText.Problem(text, 5, required));

    [Fact]
    public void A_message_never_repeats_the_text() =>
        Assert.DoesNotContain("110105194912310", FreeText.Problem("110105194912310\u202e2X", 50, required: true), StringComparison.Ordinal);
}
