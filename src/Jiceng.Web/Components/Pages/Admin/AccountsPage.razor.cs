using Jiceng.Core.Common;
using Jiceng.Data.Common;
using Jiceng.Data.Identity.Accounts;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using MudBlazor;

namespace Jiceng.Web.Components.Pages.Admin;

/// <summary>
/// 账号管理: every administrator sees the accounts in scope; each acts only within their duty (三员分立) — the buttons
/// follow <see cref="AccountDuties"/>, and <see cref="AccountAdministration"/> checks again.
/// </summary>
public partial class AccountsPage
{
    private IReadOnlyList<AccountRow>? _rows;
    private AccountWithPassword? _oneTime;
    private AccountRow? _granting;
    private IReadOnlyList<FieldError> _grantErrors = [];
    private readonly FieldErrors _newErrors = new();
    private string? _newUserName;
    private string? _newDisplayName;
    private string? _search;
    private bool _interactive;

    private AccountOperator Operator => CurrentUser.AccountOperator(User);

    private string DutyHint =>
        Operator.May(AccountDuty.Create) ? L["AccountDutySystem"]
        : Operator.May(AccountDuty.Grant) ? L["AccountDutySecurity"]
        : L["AccountDutyAudit"];

    protected override Task OnScopeReadyAsync() => LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        var result = await WithAccountsAsync(a => a.ListAsync(Operator));
        _rows = result.Value ?? [];
    }

    private bool Matches(AccountRow row) =>
        string.IsNullOrWhiteSpace(_search)
        || row.UserName.Contains(_search, StringComparison.OrdinalIgnoreCase)
        || row.DisplayName.Contains(_search, StringComparison.Ordinal)
        || row.OrgUnitName.Contains(_search, StringComparison.Ordinal);

    private IEnumerable<(string Text, Color Color)> StatusOf(AccountRow row)
    {
        if (row.IsDisabled)
        {
            yield return (L["AccountDisabled"], Color.Error);
        }

        if (row.IsLockedOut)
        {
            yield return (L["AccountLockedOut"], Color.Warning);
        }

        if (row.MustChangePassword)
        {
            yield return (L["AccountMustChangePassword"], Color.Default);
        }

        if (row.TwoFactorEnabled)
        {
            yield return (L["AccountTwoFactorOn"], Color.Success);
        }
    }

    private async Task CreateAsync()
    {
        var result = await WithAccountsAsync(a => a.CreateAsync(Operator, new NewAccountInput(_newUserName, _newDisplayName)));
        _newErrors.All = result.Errors;
        Report(result.Errors.Where(e => e.Field is not ("userName" or "displayName")).ToList(), notFound: false);
        if (result.Succeeded)
        {
            _oneTime = result.Value;
            _newUserName = _newDisplayName = null;
            await LoadAsync();
        }
    }

    private async Task ResetPasswordAsync(AccountRow row)
    {
        var result = await WithAccountsAsync(a => a.ResetPasswordAsync(Operator, row.Id));
        if (Report(result.Errors, result.NotFound))
        {
            _oneTime = result.Value;
            await LoadAsync();
        }
    }

    private async Task RunAsync(AccountRow row, AccountDuty duty)
    {
        var result = await WithAccountsAsync(a => duty switch
        {
            AccountDuty.Disable => a.SetDisabledAsync(Operator, row.Id, disabled: true),
            AccountDuty.Enable => a.SetDisabledAsync(Operator, row.Id, disabled: false),
            AccountDuty.Unlock => a.UnlockAsync(Operator, row.Id),
            AccountDuty.ResetAuthenticator => a.ResetAuthenticatorAsync(Operator, row.Id),
            AccountDuty.Read or AccountDuty.Create or AccountDuty.ResetPassword or AccountDuty.Grant =>
                throw new ArgumentOutOfRangeException(nameof(duty), duty, "not a one-click change"),
        });
        if (Report(result.Errors, result.NotFound))
        {
            Snackbar.Add(L["AccountChanged", row.UserName, AccountAdministration.DutyName(duty)], Severity.Success);
            await LoadAsync();
        }
    }

    private void OpenGrant(AccountRow row)
    {
        _grantErrors = [];
        _granting = row;
    }

    private async Task GrantAsync(GrantInput input)
    {
        var row = _granting!;
        var result = await WithAccountsAsync(a => a.GrantAsync(Operator, row.Id, input));
        _grantErrors = result.Errors;
        if (result.Succeeded)
        {
            Snackbar.Add(L["AccountChanged", row.UserName, AccountAdministration.DutyName(AccountDuty.Grant)], Severity.Success);
            _granting = null;
            await LoadAsync();
        }
    }

    private bool Report(IReadOnlyList<FieldError> errors, bool notFound)
    {
        foreach (var message in notFound ? [L["AccountNotFound"].Value] : errors.Select(e => e.Message))
        {
            Snackbar.Add(message, Severity.Error);
        }

        return !notFound && errors.Count == 0;
    }

    // A scope per operation: the user manager and its context must not outlive one change in a long-lived circuit.
    private async Task<CommandResult<T>> WithAccountsAsync<T>(Func<AccountAdministration, Task<CommandResult<T>>> action)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AccountAdministration>());
    }
}
