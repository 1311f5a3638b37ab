namespace Jiceng.Data.Identity.Accounts;

/// <summary>What may be done to accounts. Stored nowhere; add members freely.</summary>
public enum AccountDuty
{
    Read,
    Create,
    Disable,
    Enable,
    ResetPassword,
    Unlock,
    Grant,
    ResetAuthenticator,
}

/// <summary>
/// Separation of duties (三员分立) over accounts: the system administrator creates, disables, enables, resets and
/// unlocks accounts; the security administrator grants roles and data scope and resets a lost authenticator; the audit
/// administrator only reads. No one else administers accounts.
/// </summary>
public static class AccountDuties
{
    public static IReadOnlyList<AccountDuty> Of(string role) => role switch
    {
        Roles.SystemAdmin => [AccountDuty.Read, AccountDuty.Create, AccountDuty.Disable, AccountDuty.Enable, AccountDuty.ResetPassword, AccountDuty.Unlock],
        Roles.SecurityAdmin => [AccountDuty.Read, AccountDuty.Grant, AccountDuty.ResetAuthenticator],
        Roles.AuditAdmin => [AccountDuty.Read],
        _ => [],
    };

    public static bool May(IEnumerable<string> roles, AccountDuty duty) => roles.Any(r => Of(r).Contains(duty));
}
