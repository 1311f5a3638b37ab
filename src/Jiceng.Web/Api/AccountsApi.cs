using System.Security.Claims;
using Jiceng.Data.Common;
using Jiceng.Data.Identity.Accounts;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// /api/v1/accounts: account administration under the separation of duties (三员分立). The three administrators read;
/// the system administrator creates, disables, enables, resets and unlocks; the security administrator grants roles and
/// scope and resets a lost authenticator. One-time passwords are in the response once and stored nowhere.
/// </summary>
public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("Accounts");
        group.MapGet("/", ListAccounts).RequireAuthorization(Policies.ReadAccounts)
            .WithName(nameof(ListAccounts)).WithSummary("账号列表（管理范围内）");
        group.MapGet("/{id}", GetAccount).RequireAuthorization(Policies.ReadAccounts)
            .WithName(nameof(GetAccount)).WithSummary("查看账号");
        group.MapPost("/", CreateAccount).RequireAuthorization(Policies.ManageAccounts)
            .WithName(nameof(CreateAccount)).WithSummary("创建账号（返回一次性密码）");
        group.MapPost("/{id}/disable", DisableAccount).RequireAuthorization(Policies.ManageAccounts)
            .WithName(nameof(DisableAccount)).WithSummary("停用账号（其会话立即结束）");
        group.MapPost("/{id}/enable", EnableAccount).RequireAuthorization(Policies.ManageAccounts)
            .WithName(nameof(EnableAccount)).WithSummary("启用账号");
        group.MapPost("/{id}/reset-password", ResetPassword).RequireAuthorization(Policies.ManageAccounts)
            .WithName(nameof(ResetPassword)).WithSummary("重置密码（返回一次性密码）");
        group.MapPost("/{id}/unlock", UnlockAccount).RequireAuthorization(Policies.ManageAccounts)
            .WithName(nameof(UnlockAccount)).WithSummary("解除锁定");
        group.MapPut("/{id}/grant", GrantAccess).RequireAuthorization(Policies.GrantAccess)
            .WithName(nameof(GrantAccess)).WithSummary("分配角色和数据范围（其会话立即结束）");
        group.MapPost("/{id}/reset-authenticator", ResetAuthenticator).RequireAuthorization(Policies.GrantAccess)
            .WithName(nameof(ResetAuthenticator)).WithSummary("重置身份验证器（丢失手机时）");
        return group;
    }

    public static async Task<Results<Ok<IReadOnlyList<AccountRow>>, ValidationProblem>> ListAccounts(AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await accounts.ListAsync(CurrentUser.AccountOperator(user), ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<AccountRow>, NotFound, ValidationProblem>> GetAccount(string id, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct) =>
        Map(await accounts.GetAsync(CurrentUser.AccountOperator(user), id, ct));

    public static async Task<Results<Created<AccountWithPassword>, ValidationProblem>> CreateAccount(NewAccountInput input, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await accounts.CreateAsync(CurrentUser.AccountOperator(user), input, ct);
        return result.Succeeded ? TypedResults.Created($"/api/v1/accounts/{result.Value!.Account.Id}", result.Value) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<AccountRow>, NotFound, ValidationProblem>> DisableAccount(string id, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct) =>
        Map(await accounts.SetDisabledAsync(CurrentUser.AccountOperator(user), id, disabled: true, ct));

    public static async Task<Results<Ok<AccountRow>, NotFound, ValidationProblem>> EnableAccount(string id, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct) =>
        Map(await accounts.SetDisabledAsync(CurrentUser.AccountOperator(user), id, disabled: false, ct));

    public static async Task<Results<Ok<AccountWithPassword>, NotFound, ValidationProblem>> ResetPassword(string id, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct) =>
        Map(await accounts.ResetPasswordAsync(CurrentUser.AccountOperator(user), id, ct));

    public static async Task<Results<Ok<AccountRow>, NotFound, ValidationProblem>> UnlockAccount(string id, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct) =>
        Map(await accounts.UnlockAsync(CurrentUser.AccountOperator(user), id, ct));

    public static async Task<Results<Ok<AccountRow>, NotFound, ValidationProblem>> GrantAccess(string id, GrantInput input, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct) =>
        Map(await accounts.GrantAsync(CurrentUser.AccountOperator(user), id, input, ct));

    public static async Task<Results<Ok<AccountRow>, NotFound, ValidationProblem>> ResetAuthenticator(string id, AccountAdministration accounts, ClaimsPrincipal user, CancellationToken ct) =>
        Map(await accounts.ResetAuthenticatorAsync(CurrentUser.AccountOperator(user), id, ct));

    private static Results<Ok<T>, NotFound, ValidationProblem> Map<T>(CommandResult<T> result) =>
        result.NotFound ? TypedResults.NotFound()
        : result.Succeeded ? TypedResults.Ok(result.Value!)
        : ProblemResults.Invalid(result.Errors);
}
