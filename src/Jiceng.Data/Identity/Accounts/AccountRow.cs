namespace Jiceng.Data.Identity.Accounts;

/// <summary>An account as administrators see it (never a password, key or code).</summary>
public sealed record AccountRow(
    string Id, string UserName, string DisplayName, int OrgUnitId, string OrgUnitName, IReadOnlyList<string> Roles,
    bool IsDisabled, bool IsLockedOut, bool TwoFactorEnabled, bool MustChangePassword);

/// <summary>An account and the one-time password just set for it, to be shown once and stored nowhere.</summary>
public sealed record AccountWithPassword(AccountRow Account, string OneTimePassword);

/// <summary>A new account: a sign-in name and the person's name. Roles and scope come from the security administrator.</summary>
public sealed record NewAccountInput(string? UserName, string? DisplayName);

/// <summary>The roles and the org unit (data scope: its subtree) the security administrator grants.</summary>
public sealed record GrantInput(IReadOnlyList<string>? Roles, int? OrgUnitId);
