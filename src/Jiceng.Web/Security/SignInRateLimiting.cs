using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Security;

/// <summary>Configuration section <c>Security:SignInRateLimit</c>: sign-in attempts allowed per minute.</summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "Security:SignInRateLimit";

    public int PerAddressPerMinute { get; set; } = 10;

    public int PerUserNamePerMinute { get; set; } = 5;

    /// <summary>Failed sign-ins from one address within an hour, whatever the names tried.</summary>
    public int FailedPerAddressPerHour { get; set; } = 30;

    /// <summary>Failed sign-ins of the whole app within an hour (a spray from many addresses).</summary>
    public int FailedPerHour { get; set; } = 300;
}

/// <summary>
/// Limits sign-in attempts (POSTs of the sign-in and second-factor forms) by client address and by the user name
/// typed, independently; beyond either limit the answer is 429 with a Chinese message. Other requests are not limited.
/// The route is normalised first (case, repeated and trailing slashes), so <c>/account/login/</c> counts like
/// <c>/account/login</c>. Beyond the per-minute windows, a <see cref="FailedSignInBudget"/> refuses attempts once too
/// many sign-ins failed within the hour.
/// </summary>
public static class SignInRateLimiting
{
    private const string UserNameKey = "jiceng.signin-user";
    private static readonly string[] SignInPaths = ["/account/login", "/account/login-2fa"];

    /// <summary>Limits of the sign-in forms (user name, password or code, antiforgery token, handler name).</summary>
    private static readonly FormOptions SignInFormOptions = new()
    {
        ValueCountLimit = 16,
        KeyLengthLimit = 256,
        ValueLengthLimit = 8 * 1024,
        MultipartBodyLengthLimit = 64 * 1024,
        MultipartHeadersLengthLimit = 4 * 1024,
    };

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section);
        services.AddSingleton<FailedSignInBudget>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => Partition(ctx, "address:" + ClientAddress(ctx), l => l.PerAddressPerMinute)),
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => ctx.Items[UserNameKey] is string user
                    ? Partition(ctx, "user:" + user, l => l.PerUserNamePerMinute)
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["TooManySignInAttempts"];
                http.Response.Headers.RetryAfter = "60";
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(text, ct);
            };
        });
        return services;
    }

    /// <summary>Reads the user name from a sign-in form (before the limiter runs) so attempts can be counted per name.</summary>
    public static IApplicationBuilder UseSignInRateLimiting(this IApplicationBuilder app)
    {
        app.Use(async (ctx, next) =>
        {
            if (IsSignInAttempt(ctx) && !ctx.RequestServices.GetRequiredService<FailedSignInBudget>().Allows(ClientAddress(ctx)))
            {
                var text = ctx.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["SignInBudgetSpent"];
                ctx.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ctx.Response.Headers.RetryAfter = "600";
                ctx.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.Response.WriteAsync(text, ctx.RequestAborted);
                return;
            }

            if (IsSignInAttempt(ctx) && ctx.Request.HasFormContentType)
            {
                // A sign-in form holds a handful of short fields: anything bigger is refused early (400/413, not 500).
                if (ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = SignInFormOptions.MultipartBodyLengthLimit;
                }

                var form = await ctx.Request.ReadFormAsync(SignInFormOptions, ctx.RequestAborted);
                if (form["Input.UserName"].ToString().Trim() is { Length: > 0 } user)
                {
                    ctx.Items[UserNameKey] = user.ToUpperInvariant();
                }
            }

            await next(ctx);
        });
        return app.UseRateLimiter();
    }

    public static string ClientAddress(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsSignInAttempt(HttpContext ctx) =>
        HttpMethods.IsPost(ctx.Request.Method)
        && SignInPaths.Contains(NormalisedPath(ctx.Request.Path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The path as routing matches it (case aside): no repeated or trailing slashes.</summary>
    public static string NormalisedPath(PathString path) =>
        "/" + string.Join('/', (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries));

    private static RateLimitPartition<string> Partition(HttpContext ctx, string key, Func<SignInRateLimitOptions, int> limit)
    {
        if (!IsSignInAttempt(ctx))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var options = ctx.RequestServices.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit(options),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
