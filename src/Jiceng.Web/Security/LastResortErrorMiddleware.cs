namespace Jiceng.Web.Security;

/// <summary>
/// The outermost catch: an exception that escapes everything else (the error page itself failing, a middleware before
/// the exception handler) is logged with the request's id and answered with one Chinese line naming that id — never
/// with ASP.NET Core's developer page, whatever the environment. A malformed request is its own 4xx, not a 500.
/// </summary>
public sealed class LastResortErrorMiddleware(RequestDelegate next, ILogger<LastResortErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        try
        {
            await next(ctx);
        }
        catch (Exception ex) when (!ctx.RequestAborted.IsCancellationRequested)
        {
            var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            if (status >= 500)
            {
                logger.LogError(ex, "Unexpected error in request {RequestId} ({Method} {Path}).", ctx.TraceIdentifier, ctx.Request.Method, ctx.Request.Path);
            }

            if (ctx.Response.HasStarted)
            {
                ctx.Abort();
                return;
            }

            ctx.Response.Clear();
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = "text/plain; charset=utf-8";
            await ctx.Response.WriteAsync(status >= 500
                ? $"系统内部错误，请稍后重试；如问题持续，请将请求编号 {ctx.TraceIdentifier} 告知系统管理员。"
                : "请求格式不正确或内容过大。", ctx.RequestAborted);
        }
    }
}
