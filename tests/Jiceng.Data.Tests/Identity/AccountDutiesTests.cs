using Jiceng.Data.Identity;
using Jiceng.Data.Identity.Accounts;

namespace Jiceng.Data.Tests.Identity;

public sealed class AccountDutiesTests
{
    public static TheoryData<string, AccountDuty, bool> Rows => new()
    {
        { Roles.SystemAdmin, AccountDuty.Create, true },
        { Roles.SystemAdmin, AccountDuty.Disable, true },
        { Roles.SystemAdmin, AccountDuty.ResetPassword, true },
        { Roles.SystemAdmin, AccountDuty.Grant, false },
        { Roles.SystemAdmin, AccountDuty.ResetAuthenticator, false },
        { Roles.SecurityAdmin, AccountDuty.Grant, true },
        { Roles.SecurityAdmin, AccountDuty.ResetAuthenticator, true },
        { Roles.SecurityAdmin, AccountDuty.Create, false },
        { Roles.SecurityAdmin, AccountDuty.ResetPassword, false },
        { Roles.AuditAdmin, AccountDuty.Read, true },
        { Roles.AuditAdmin, AccountDuty.Disable, false },
        { Roles.AuditAdmin, AccountDuty.Grant, false },
        { Roles.OrgDepartment, AccountDuty.Read, false },
        { Roles.Auditor, AccountDuty.Read, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachAdministrator_HasOnlyTheirDuties(string role, AccountDuty duty, bool allowed) =>
        Assert.Equal(allowed, AccountDuties.May([role], duty));

    [Fact]
    public void EveryDuty_BelongsToExactlyOneAdministrator_ButReading()
    {
        foreach (var duty in Enum.GetValues<AccountDuty>().Where(d => d != AccountDuty.Read))
        {
            Assert.Single(Roles.All, r => AccountDuties.Of(r).Contains(duty));
        }
    }
}
