namespace Jiceng.Data.Identity;

/// <summary>The hash of a password a user had before; the last few may not be chosen again.</summary>
public sealed class PasswordHistoryEntry
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    /// <summary>When this password was replaced (UTC).</summary>
    public DateTimeOffset ReplacedAt { get; set; }
}
