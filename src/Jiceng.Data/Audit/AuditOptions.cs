namespace Jiceng.Data.Audit;

/// <summary><c>Audit:RetentionDays</c>: how long entries are kept at least (never under 180 days, 等保三级).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    public const int MinimumRetentionDays = 180;

    public int RetentionDays { get; set; } = MinimumRetentionDays;

    public int EffectiveRetentionDays => Math.Max(RetentionDays, MinimumRetentionDays);
}
