using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Jiceng.Web.Audit;

public static class AuditSetup
{
    /// <summary>The audit log, the ambient actor of requests and circuits, audited 403s and the audit readers' policy.</summary>
    public static IServiceCollection AddJicengAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section);
        services.AddSingleton<IAuditContext>(AmbientAuditContext.Instance);
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<Data.Security.ISensitiveReadAuditor, AuditLogSensitiveReadAuditor>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        services.AddHostedService<AuditAnchorService>();
        services.AddAuthorizationBuilder().AddPolicy(Policies.ReadAudit, p => p.RequireRole(Roles.AuditReaders));
        return services;
    }

    /// <summary>After authentication: every request's work is done for its signed-in user (or anonymous) and address.</summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        using (AmbientAuditContext.Use(AuditActor.From(ctx.User, ClientAddress(ctx))))
        {
            await next(ctx);
        }
    });

    public static string ClientAddress(HttpContext? ctx) => ctx?.Connection.RemoteIpAddress?.ToString() ?? "";
}
