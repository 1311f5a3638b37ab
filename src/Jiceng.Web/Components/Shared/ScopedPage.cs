using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Data;
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

    /// <summary>Load the page's data here: <see cref="Scope"/> is set.</summary>
    protected virtual Task OnScopeReadyAsync() => Task.CompletedTask;
}
