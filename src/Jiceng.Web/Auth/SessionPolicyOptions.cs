namespace Jiceng.Web.Auth;

/// <summary>Configuration section <c>Security:Session</c>.</summary>
public sealed class SessionPolicyOptions
{
    public const string Section = "Security:Session";

    /// <summary>A session ends after this long without a request (sliding), or without activity in an open page.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however active.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often an open interactive page re-checks that its session is still valid.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
