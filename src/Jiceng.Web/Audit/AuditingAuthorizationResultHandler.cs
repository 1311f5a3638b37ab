using Jiceng.Data.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Jiceng.Web.Audit;

/// <summary>Every refusal of a signed-in user (403) is an audit entry naming the endpoint and the unmet requirements.</summary>
public sealed class AuditingAuthorizationResultHandler(IAuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.Select(r => r.ToString()).ToList() ?? [];
            await audit.WriteAsync(AuditAction.AccessDenied, AuditOutcome.Failure, "Endpoint",
                $"{context.Request.Method} {context.Request.Path}", new { reason = "forbidden", requirements = failed }, ct: context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
