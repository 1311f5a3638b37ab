using Microsoft.AspNetCore.Authorization;

namespace Jiceng.Web.Auth;

/// <summary>
/// While a user has a <see cref="RequiredStep"/> to complete, they reach only what anonymous users reach, the page of
/// that step and sign-out: other pages redirect there, the API and everything else answer 403.
/// </summary>
public sealed class RequiredStepMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        var step = ctx.User.Identity?.IsAuthenticated == true ? RequiredStep.Of(ctx.User) : null;
        if (step is null || IsReachable(ctx, step))
        {
            await next(ctx);
            return;
        }

        var target = RequiredStep.PathOf(step);
        if (HttpMethods.IsGet(ctx.Request.Method) && !ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && !ctx.Request.Path.StartsWithSegments("/_blazor", StringComparison.Ordinal))
        {
            ctx.Response.Redirect(target);
            return;
        }

        var detail = step == RequiredStep.ChangePassword ? "请先修改密码后再使用系统。" : "管理员须先绑定身份验证器（双因素认证）后再使用系统。";
        await TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "需要先完成账号安全设置", extensions: new Dictionary<string, object?> { ["requiredStep"] = target })
            .ExecuteAsync(ctx);
    }

    private static bool IsReachable(HttpContext ctx, string step)
    {
        var path = ctx.Request.Path;
        return path.Equals(RequiredStep.PathOf(step), StringComparison.OrdinalIgnoreCase)
            || path.Equals("/account/logout", StringComparison.OrdinalIgnoreCase)
            || ctx.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
    }
}
