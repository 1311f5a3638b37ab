using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Scope;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Components.Shared;

/// <summary>
/// Base of every page that reads business data: it resolves the signed-in user's data scope once and hands out
/// short-lived contexts (Blazor circuits live long; a context per operation avoids concurrent use).
/// </summary>
public abstract class ScopedPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    [Inject]
    private IDbContextFactory<JicengDbContext> DbFactory { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IAuditLog Audit { get; set; } = default!;

    [Inject]
    private NavigationManager Nav { get; set; } = default!;

    protected ClaimsPrincipal User { get; private set; } = new();

    protected DataScope Scope { get; private set; } = new(0, "/none/");

    protected DateOnly Today => ChinaTime.Today(Clock);

    protected bool CanEdit => CurrentUser.CanEdit(User);

    protected bool MayRevealIdNumbers => CurrentUser.MayRevealIdNumbers(User);

    protected JicengDbContext NewDb() => DbFactory.CreateDbContext();

    protected override async Task OnInitializedAsync()
    {
        if (AuthState is not null)
        {
            User = (await AuthState).User;
            Scope = CurrentUser.ScopeOf(User);
        }

        await OnScopeReadyAsync();
    }

    /// <summary>
    /// A page asked for a record id it cannot show: outside the scope is "not found", so this is what a probe of another
    /// township's ids looks like; audited like the API's 404s (ids that exist nowhere alike, so the log tells nothing apart).
    /// </summary>
    protected Task AuditNotFoundAsync() =>
        Audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, "Page", "/" + Nav.ToBaseRelativePath(Nav.Uri).Split('?', 2)[0],
            new { reason = "not-found-or-out-of-scope" });

    /// <summary>Load the page's data here: <see cref="Scope"/> is set.</summary>
    protected virtual Task OnScopeReadyAsync() => Task.CompletedTask;
}
