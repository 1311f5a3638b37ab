using System.Security.Claims;

namespace Jiceng.Web.Auth;

/// <summary>
/// A step a signed-in user must complete before anything else: choose a new password (first sign-in, reset or
/// expired), then, for an administrator, enrol an authenticator. Carried as a claim rebuilt on every request.
/// </summary>
public static class RequiredStep
{
    public const string Claim = "jiceng:step";
    public const string ChangePassword = "change-password";
    public const string EnrolTwoFactor = "enrol-2fa";

    public const string ChangePasswordPath = "/account/change-password";
    public const string TwoFactorPath = "/account/two-factor";

    public static string? Of(ClaimsPrincipal user) => user.FindFirstValue(Claim);

    public static string PathOf(string step) => step == ChangePassword ? ChangePasswordPath : TwoFactorPath;
}
