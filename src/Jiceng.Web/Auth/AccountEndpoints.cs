using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Jiceng.Web.Auth;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token (a GET link could be triggered from another site).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", SignOut)
            .RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        // Renews the session cookie (sliding idle timeout) while the user works in an interactive page.
        app.MapGet("/account/keepalive", () => TypedResults.NoContent()).RequireAuthorization().ExcludeFromDescription();
    }

    /// <summary>Ends the session: a new security stamp ends it everywhere at once (a copied cookie is worthless), then the cookie goes.</summary>
    private static async Task<IResult> SignOut(HttpContext ctx, IAntiforgery antiforgery, AppSignInManager signIn, AppUserManager users, IAuditLog audit)
    {
        // The antiforgery middleware has checked the token (the endpoint requires one); without the middleware, check here.
        var check = ctx.Features.Get<IAntiforgeryValidationFeature>();
        if (check is { IsValid: false } || (check is null && !await antiforgery.IsRequestValidAsync(ctx)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求已失效", detail: "页面已过期或请求来源不明，请刷新页面后重试。");
        }

        if (await users.GetUserAsync(ctx.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync(AuditAction.SignOut, AuditOutcome.Success, "AppUser", user.Id, ct: ctx.RequestAborted);
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/account/login");
    }
}
