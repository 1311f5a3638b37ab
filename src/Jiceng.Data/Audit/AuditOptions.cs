namespace Jiceng.Data.Audit;

/// <summary><c>Audit:RetentionDays</c>: how long entries are kept at least (never under 180 days, 等保三级).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    public const int MinimumRetentionDays = 180;

    /// <summary>Where the chain head is anchored; by default <see cref="AuditAnchorFile.FileName"/> beside the key file.</summary>
    public const string AnchorFileSetting = "Audit:AnchorFile";

    public int RetentionDays { get; set; } = MinimumRetentionDays;

    /// <summary>How often the running app appends the chain head to the anchor file (also at shutdown).</summary>
    public int AnchorIntervalMinutes { get; set; } = 5;

    public int EffectiveRetentionDays => Math.Max(RetentionDays, MinimumRetentionDays);
}
