using Jiceng.Core.Org;
using Microsoft.AspNetCore.Identity;

namespace Jiceng.Data.Identity;

/// <summary>A signed-in user of the product. Every user belongs to an org unit, whose subtree is the user's data scope.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 32;

    public string DisplayName { get; set; } = "";

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }
}
