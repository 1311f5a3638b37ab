using Microsoft.AspNetCore.Diagnostics;

namespace Jiceng.Web.Api;

/// <summary>
/// A form beyond the form reader's limits (too many fields, a value too long) throws <see cref="InvalidDataException"/>
/// wherever it is read (sign-in rate limiting, antiforgery, a page's form binding): that is the client's fault, 400.
/// </summary>
public sealed class RequestLimitErrorHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not InvalidDataException)
        {
            return false;
        }

        await TypedResults.Problem(title: "请求内容超出限制", detail: "表单的字段过多或内容过长。", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
        return true;
    }
}
