namespace Jiceng.Web.Auth;

/// <summary>
/// Every cookie the app sets. The <c>__Host-</c> prefix makes browsers insist on Secure, Path=/ and no Domain, so
/// neither another subdomain nor a plain-HTTP page can set or overwrite them.
/// </summary>
public static class CookieNames
{
    public const string Session = "__Host-jiceng.session";
    public const string TwoFactorUser = "__Host-jiceng.2fa";
    public const string TwoFactorRemember = "__Host-jiceng.2fa-remember";
    public const string External = "__Host-jiceng.external";
    public const string Antiforgery = "__Host-jiceng.af";
}
