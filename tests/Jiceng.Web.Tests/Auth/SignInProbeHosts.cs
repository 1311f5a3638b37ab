using System.Net;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Auth;

/// <summary>
/// The app with small failed-sign-in budgets (3 an hour per address, 5 in all), a password hasher that counts its
/// verifications, and the client address taken from a test header (so one test can come from several addresses).
/// </summary>
public sealed class SignInProbeWebFactory : JicengWebFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:SignInRateLimit:FailedPerAddressPerHour", "3");
        builder.UseSetting("Security:SignInRateLimit:FailedPerHour", "5");
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
            s.AddTransient<IStartupFilter, AddressFromHeader>();
        });
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, n) =>
            {
                if (IPAddress.TryParse(ctx.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    ctx.Connection.RemoteIpAddress = address;
                }

                return n(ctx);
            });
            next(app);
        };
    }
}

/// <summary>The real hasher, counting how often a password is verified.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

[CollectionDefinition(Name)]
public sealed class SignInProbeCollection : ICollectionFixture<SignInProbeWebFactory>
{
    public const string Name = "web-sign-in-probe";
}
