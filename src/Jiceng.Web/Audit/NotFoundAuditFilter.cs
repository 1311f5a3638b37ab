using Jiceng.Data.Audit;

namespace Jiceng.Web.Audit;

/// <summary>
/// A 404 for a record id is what a probe of another township's ids gets (outside the scope is "not found"), so each is
/// an audit entry naming the request. Ids that exist nowhere are recorded alike: the answer must not tell them apart.
/// </summary>
public sealed class NotFoundAuditFilter(IAuditLog audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (StatusOf(result) == StatusCodes.Status404NotFound && http.Request.RouteValues.ContainsKey("id"))
        {
            await audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, "Endpoint", $"{http.Request.Method} {http.Request.Path}",
                new { reason = "not-found-or-out-of-scope" }, ct: http.RequestAborted);
        }

        return result;
    }

    private static int? StatusOf(object? result) => result switch
    {
        INestedHttpResult nested => StatusOf(nested.Result),
        IStatusCodeHttpResult status => status.StatusCode,
        _ => null,
    };
}
