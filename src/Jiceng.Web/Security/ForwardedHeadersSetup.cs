using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jiceng.Web.Security;

/// <summary>
/// Which proxies may tell the app the client's address and scheme (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>):
/// only the loopback addresses (a TLS proxy on the same machine) plus the addresses listed under
/// <c>ForwardedHeaders:KnownProxies</c>; one hop is trusted. A header from anyone else is ignored.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string KnownProxiesSetting = "ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddForwardedHeadersFromConfiguration(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((o, config) =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.ForwardLimit = 1;
                foreach (var text in config.GetSection(KnownProxiesSetting).Get<string[]>() ?? [])
                {
                    o.KnownProxies.Add(IPAddress.TryParse(text, out var address)
                        ? address
                        : throw new InvalidOperationException($"{KnownProxiesSetting}: \"{text}\" is not an IP address."));
                }
            })
            .ValidateOnStart();
        return services;
    }
}
