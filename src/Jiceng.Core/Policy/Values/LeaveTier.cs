namespace Jiceng.Core.Policy;

/// <summary>From <paramref name="FromYears"/> full years of total service on, <paramref name="Days"/> days of paid leave a year.</summary>
public sealed record LeaveTier(int FromYears, int Days);
