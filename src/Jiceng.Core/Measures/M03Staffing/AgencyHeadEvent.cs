using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>What was decided about a dispatched agency's head.</summary>
public enum AgencyHeadEventKind
{
    /// <summary>考核.</summary>
    Assessment = 1,
    /// <summary>任职.</summary>
    Appointment = 2,
    /// <summary>免职.</summary>
    Removal = 3,
}

/// <summary>The township party committee's opinion (乡镇党委意见).</summary>
public enum TownshipOpinion
{
    /// <summary>同意.</summary>
    Agree = 1,
    /// <summary>不同意.</summary>
    Disagree = 2,
    /// <summary>有保留意见.</summary>
    Reserved = 3,
}

/// <summary>
/// An assessment (考核) or appointment/removal (任免) of a dispatched agency's head, and whether and when the
/// township party committee's opinion was sought and what it said. R3.3 wants the opinion on record on or before
/// the day of the decision.
/// </summary>
public sealed class AgencyHeadEvent : IVersioned
{
    public const int OpinionTextMaxLength = 500;

    public int Id { get; set; }

    public int AgencyId { get; set; }

    public DispatchedAgency? Agency { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public AgencyHeadEventKind Kind { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The day the township party committee gave its opinion; null when it was not sought.</summary>
    public DateOnly? OpinionOn { get; set; }

    public TownshipOpinion? Opinion { get; set; }

    public string? OpinionText { get; set; }

    public int Version { get; set; }
}

/// <summary>An event as entered.</summary>
public sealed record AgencyHeadEventInput(
    int? CadreId, AgencyHeadEventKind? Kind, DateOnly? Date, DateOnly? OpinionOn, TownshipOpinion? Opinion, string? OpinionText);

public static class AgencyHeadEventLabels
{
    public static string Label(AgencyHeadEventKind kind) => kind switch
    {
        AgencyHeadEventKind.Assessment => "考核",
        AgencyHeadEventKind.Appointment => "任职",
        AgencyHeadEventKind.Removal => "免职",
    };

    public static string Label(TownshipOpinion opinion) => opinion switch
    {
        TownshipOpinion.Agree => "同意",
        TownshipOpinion.Disagree => "不同意",
        TownshipOpinion.Reserved => "有保留意见",
    };
}
