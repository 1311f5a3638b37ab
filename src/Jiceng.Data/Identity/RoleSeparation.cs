namespace Jiceng.Data.Identity;

/// <summary>
/// Separation of duties (三员分立): a user holds at most one of the three administrator roles, an administrator holds
/// no data-editing role, and no one who reads the audit trail (audit administrator, auditor) edits data. The one rule
/// every role assignment passes through (see <see cref="AppUserManager"/>).
/// </summary>
public static class RoleSeparation
{
    /// <summary>True when the set of roles may be held together by one user.</summary>
    public static bool IsAllowed(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var admins = Roles.Administrators.Count(set.Contains);
        var edits = Roles.DataEditors.Any(set.Contains);
        return admins <= 1 && !(admins == 1 && edits) && !(edits && Roles.AuditReaders.Any(set.Contains));
    }
}
