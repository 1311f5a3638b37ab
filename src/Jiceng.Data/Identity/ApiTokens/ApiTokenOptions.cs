namespace Jiceng.Data.Identity.ApiTokens;

/// <summary>Configuration section <c>Security:ApiTokens</c>.</summary>
public sealed class ApiTokenOptions
{
    public const string Section = "Security:ApiTokens";

    /// <summary>The longest a token may be valid, in days from its creation; every token must expire.</summary>
    public int MaxLifetimeDays { get; set; } = 90;

    /// <summary>How many unexpired, unrevoked tokens one user may hold.</summary>
    public int MaxActivePerUser { get; set; } = 10;
}
