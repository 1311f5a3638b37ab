using Jiceng.Data.Scope;

namespace Jiceng.Data.Identity.Accounts;

/// <summary>Who administers accounts: their user id (an administrator never changes their own account), roles and data scope.</summary>
public sealed record AccountOperator(string UserId, IReadOnlyList<string> Roles, DataScope Scope)
{
    public bool May(AccountDuty duty) => AccountDuties.May(Roles, duty);
}
