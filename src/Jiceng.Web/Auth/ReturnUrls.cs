namespace Jiceng.Web.Auth;

public static class ReturnUrls
{
    /// <summary>Only local addresses: an open redirect would send a signed-in user anywhere.</summary>
    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 } r && Uri.IsWellFormedUriString(r, UriKind.Relative) && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal)
            ? "/" + r.TrimStart('/')
            : "/";
}
