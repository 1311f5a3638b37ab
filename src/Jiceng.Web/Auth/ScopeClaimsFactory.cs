using System.Globalization;
using System.Security.Claims;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Auth;

/// <summary>
/// Puts the user's org unit, its path (the data scope), display name and any <see cref="RequiredStep"/> into the
/// session. Rebuilt on every request by the security-stamp check, so the claims are never stale.
/// </summary>
public sealed class ScopeClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, JicengDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string OrgUnitIdClaim = "jiceng:org";
    public const string OrgPathClaim = "jiceng:path";
    public const string OrgNameClaim = "jiceng:orgname";
    public const string DisplayNameClaim = "jiceng:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == user.OrgUnitId);
        identity.AddClaim(new Claim(OrgUnitIdClaim, unit.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(OrgPathClaim, unit.Path));
        identity.AddClaim(new Claim(OrgNameClaim, unit.Name));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (UserManager is AppUserManager manager)
        {
            var step = manager.MustChangePassword(user) ? RequiredStep.ChangePassword
                : await manager.MustEnrolTwoFactorAsync(user) ? RequiredStep.EnrolTwoFactor
                : null;
            if (step is not null)
            {
                identity.AddClaim(new Claim(RequiredStep.Claim, step));
            }
        }

        return identity;
    }
}
