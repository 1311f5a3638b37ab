using System.Text;
using Jiceng.Data.Identity;

namespace Jiceng.Data.Tests.Identity;

/// <summary>The code computation against RFC 6238's SHA-1 test vectors (last six of the eight digits).</summary>
public sealed class OneTimeAuthenticatorTokenProviderTests
{
    private static readonly byte[] Rfc6238Secret = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, 287082)]
    [InlineData(1111111109L, 81804)]
    [InlineData(1111111111L, 50471)]
    [InlineData(1234567890L, 5924)]
    [InlineData(2000000000L, 279037)]
    [InlineData(20000000000L, 353130)]
    public void Code_MatchesTheRfcVectors(long unixSeconds, int expected) =>
        Assert.Equal(expected, OneTimeAuthenticatorTokenProvider.Code(Rfc6238Secret, unixSeconds / 30));

    [Theory]
    [InlineData("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "12345678901234567890")]
    [InlineData("gezdgnbv gy3tqojq", "1234567890")]
    [InlineData("MZXW6===", "foo")]
    [InlineData("", "")]
    public void Base32_DecodesKeysAsAppsWriteThem(string text, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(Base32.Decode(text)!));

    [Theory]
    [InlineData("GEZ1")]
    [InlineData("GEZ-")]
    public void Base32_RefusesOtherCharacters(string text) => Assert.Null(Base32.Decode(text));
}
