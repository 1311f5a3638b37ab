namespace Jiceng.Data.Identity;

/// <summary>Configuration section <c>Security:Password</c>.</summary>
public sealed class PasswordPolicyOptions
{
    public const string Section = "Security:Password";

    public int MinLength { get; set; } = 8;

    public int MaxLength { get; set; } = 64;

    /// <summary>How many of the four classes (upper, lower, digit, symbol) a password needs.</summary>
    public int RequiredClasses { get; set; } = 3;

    /// <summary>Days a password is valid; 0 turns expiry off.</summary>
    public int ExpiryDays { get; set; } = 90;

    /// <summary>How many of the latest passwords (the current one included) may not be chosen again; 0 turns history off.</summary>
    public int HistoryCount { get; set; } = 5;
}
