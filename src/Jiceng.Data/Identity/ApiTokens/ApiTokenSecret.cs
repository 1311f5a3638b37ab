using System.Security.Cryptography;
using System.Text;

namespace Jiceng.Data.Identity.ApiTokens;

/// <summary>
/// The token text: <c>jct_</c> and 43 base64url characters (32 random bytes). The prefix lets secret scanners and
/// people recognise a leaked token; the randomness makes a plain SHA-256 a safe lookup hash (no salt or slow hash needed).
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "jct_";
    private const int SecretBytes = 32;
    private const int HintLength = 8;

    public static string NewToken() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when the text has the token's shape (cheap check before any database lookup).</summary>
    public static bool LooksLikeToken(string text) =>
        text.Length == Prefix.Length + 43 && text.StartsWith(Prefix, StringComparison.Ordinal)
        && text.AsSpan(Prefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    /// <summary>The start of the token for the list (e.g. <c>jct_Ab3x…</c>): enough to tell tokens apart, far too little to use.</summary>
    public static string HintOf(string token) => token[..HintLength] + "…";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
