using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Data.Measures.M05Assessment;

namespace Jiceng.Data.Tests.Measures.M05Assessment;

/// <summary>The award's 文号 is kept up to <see cref="AwardCommands.DocumentNumberMaxLength"/> characters after trimming; one more is refused naming the field.</summary>
public sealed class AwardDocumentNumberTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static AwardInput Input(string? documentNumber) =>
        new(AwardKind.Commendation, "防汛抢险嘉奖", "防汛抢险", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 20), true, documentNumber);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("区委〔2026〕3号")]
    public void AShortOrMissingDocumentNumber_IsAccepted(string? documentNumber) =>
        Assert.Empty(AwardCommands.Validate(Input(documentNumber), Today));

    [Fact]
    public void TheLongestDocumentNumber_IsAccepted_EvenWithSurroundingSpaces() =>
        Assert.Empty(AwardCommands.Validate(Input("  " + new string('文', AwardCommands.DocumentNumberMaxLength) + "  "), Today));

    [Fact]
    public void OneCharacterMore_IsRefused_NamingTheFieldAndTheLimit()
    {
        var error = Assert.Single(AwardCommands.Validate(Input(new string('文', AwardCommands.DocumentNumberMaxLength + 1)), Today));
        Assert.Equal("documentNumber", error.Field);
        Assert.Equal($"文号：不超过{AwardCommands.DocumentNumberMaxLength}字", error.Message);
    }
}
