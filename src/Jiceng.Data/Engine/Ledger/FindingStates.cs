namespace Jiceng.Data.Engine.Ledger;

/// <summary>The Chinese names of a finding's states and history events, for pages, exports and refusals.</summary>
public static class FindingStates
{
    public static string Label(FindingState state) => state switch
    {
        FindingState.Open => "待整改",
        FindingState.Assigned => "已分派",
        FindingState.Rectifying => "整改中",
        FindingState.Explained => "情况说明待审核",
        FindingState.SetAside => "说明已采纳",
        FindingState.Resolved => "已整改",
        _ => state.ToString(),
    };

    public static string Label(FindingEventKind kind) => kind switch
    {
        FindingEventKind.Opened => "发现问题",
        FindingEventKind.ValuesChanged => "评估数值变化",
        FindingEventKind.Resolved => "评估核销（已整改）",
        FindingEventKind.Reopened => "问题再次出现",
        FindingEventKind.Assigned => "分派责任",
        FindingEventKind.Rectifying => "开始整改",
        FindingEventKind.ExplanationSubmitted => "提交情况说明",
        FindingEventKind.ExplanationAccepted => "采纳情况说明",
        FindingEventKind.ExplanationRejected => "退回情况说明",
        FindingEventKind.SetAsideExpired => "暂缓期满，恢复整改",
        _ => kind.ToString(),
    };

    /// <summary>States in which nothing is left to do (resolved by an evaluation, or set aside by an accepted explanation).</summary>
    public static bool IsClosed(FindingState state) => state is FindingState.Resolved or FindingState.SetAside;
}
