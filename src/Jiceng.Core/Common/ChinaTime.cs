namespace Jiceng.Core.Common;

/// <summary>The calendar day in China (UTC+8, no daylight saving), which is the day every rule counts in.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
