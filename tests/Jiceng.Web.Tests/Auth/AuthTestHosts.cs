using Jiceng.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Jiceng.Web.Tests.Auth;

/// <summary>The app on a clock the tests move (sessions, lockout, password age); its own database.</summary>
public sealed class ClockedWebFactory : JicengWebFactory
{
    public ClockedWebFactory() => Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

    public FakeTimeProvider Time => Clock!;
}

[CollectionDefinition(Name)]
public sealed class ClockedCollection : ICollectionFixture<ClockedWebFactory>
{
    public const string Name = "web-clocked";
}

/// <summary>The app with the configured sign-in rate limits (the shared test host raises them); its own database.</summary>
public sealed class RateLimitedWebFactory : JicengWebFactory
{
    public RateLimitedWebFactory() => RealRateLimits = true;
}

[CollectionDefinition(Name)]
public sealed class RateLimitedCollection : ICollectionFixture<RateLimitedWebFactory>
{
    public const string Name = "web-rate-limited";
}
