namespace Jiceng.Data.Identity.ApiTokens;

/// <summary>
/// A personal API token (个人访问令牌) a user created for their own scripts. Only the SHA-256 of the secret is kept;
/// the token acts as its user with the user's current roles and scope, until it expires or is revoked.
/// </summary>
public sealed class ApiToken
{
    public const int NameMaxLength = 64;

    public int Id { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>What the user calls it (e.g. 统计脚本), to recognise it in the list.</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole token text; the lookup key (unique). Named so the audit log redacts it.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>The first characters of the token (prefix included), shown in the list to tell tokens apart.</summary>
    public string Hint { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; the token is refused from this instant on.</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>UTC; set once, never cleared.</summary>
    public DateTime? RevokedAt { get; set; }

    /// <summary>UTC, kept to the minute (not every request writes it).</summary>
    public DateTime? LastUsedAt { get; set; }

    public bool IsActive(DateTime utcNow) => RevokedAt is null && utcNow < ExpiresAt;
}
