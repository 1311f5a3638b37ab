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

    /// <summary>Set for new and reset accounts: every page leads to the change-password page until the user picks their own.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the current password was set (UTC); the expiry period counts from here.</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>A disabled account cannot sign in, and its open sessions end at once.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The last authenticator time step (30-second counter) accepted; a code of that step or an earlier one is refused (ASVS 2.8.4).</summary>
    public long? LastTotpTimeStep { get; set; }
}
