namespace Jiceng.Data.Identity.ApiTokens;

/// <summary>What a user sees of one of their tokens: never the secret. Times are UTC.</summary>
public sealed record ApiTokenRow(int Id, string Name, string Hint, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt)
{
    public static ApiTokenRow Of(ApiToken t) => new(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}

/// <summary>A new token: its row and the token text, shown this once and never stored.</summary>
public sealed record CreatedApiToken(ApiTokenRow Token, string Secret);

/// <summary>A request for a token: a name and the last China day it is valid (required).</summary>
public sealed record ApiTokenInput
{
    public string? Name { get; init; }

    public DateOnly? ExpiresOn { get; init; }
}
