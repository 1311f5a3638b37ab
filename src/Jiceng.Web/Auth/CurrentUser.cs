using System.Globalization;
using System.Security.Claims;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.Accounts;
using Jiceng.Data.Scope;

namespace Jiceng.Web.Auth;

/// <summary>The signed-in user as the app needs it: display name, unit, roles, and the data scope every query passes through.</summary>
public sealed class CurrentUser
{
    public static DataScope ScopeOf(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ScopeClaimsFactory.OrgUnitIdClaim);
        var path = user.FindFirstValue(ScopeClaimsFactory.OrgPathClaim);
        // No scope claims: a scope that matches nothing, never everything.
        return id is null || path is null
            ? new DataScope(0, "/none/")
            : new DataScope(int.Parse(id, CultureInfo.InvariantCulture), path);
    }

    public static bool CanEdit(ClaimsPrincipal user) => Roles.DataEditors.Any(user.IsInRole);

    /// <summary>May unmask (and so change) full ID numbers; see <see cref="Roles.IdNumberReaders"/>.</summary>
    public static bool MayRevealIdNumbers(ClaimsPrincipal user) => Roles.IdNumberReaders.Any(user.IsInRole);

    /// <summary>The user as an administrator of accounts: id, roles and scope.</summary>
    public static AccountOperator AccountOperator(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), ScopeOf(user));

    public static string DisplayName(ClaimsPrincipal user) => user.FindFirstValue(ScopeClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static string OrgName(ClaimsPrincipal user) => user.FindFirstValue(ScopeClaimsFactory.OrgNameClaim) ?? "";
}
