using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>Where an indicator's score comes from: entered by hand, or fed by the multi-source feedback.</summary>
public enum IndicatorFeed
{
    /// <summary>录入: the score is entered per township.</summary>
    Entered = 0,
    /// <summary>多元评价（综合）: all feedback entries, weighted by respondents (<see cref="TownshipAssessment.FeedbackScore"/>).</summary>
    AllFeedback = 1,
    /// <summary>服务对象评价.</summary>
    ServiceRecipients = 2,
    /// <summary>村干部评价.</summary>
    VillageCadres = 3,
    /// <summary>党员群众评价.</summary>
    PartyMembersAndMasses = 4,
}

/// <summary>
/// A district's assessment scheme (考核方案) for one township category (乡镇类别, e.g. 农业型) from a year on: its
/// indicators with weights in percent summing to 100. A scheme applies to a township assessment of its district,
/// category and a year in [<see cref="FromYear"/>, <see cref="ToYear"/>]; one category's schemes do not overlap.
/// </summary>
public sealed class AssessmentScheme : IVersioned
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    /// <summary>The district (区县) whose organization department set the scheme; it applies to the townships under it.</summary>
    public int DistrictId { get; set; }

    public OrgUnit? District { get; set; }

    /// <summary>The township category (<see cref="TownshipAssessment.Category"/>).</summary>
    public string Category { get; set; } = "";

    public string Name { get; set; } = "";

    public int FromYear { get; set; }

    /// <summary>The last year it applies to (结束); null while in force.</summary>
    public int? ToYear { get; set; }

    public List<AssessmentIndicator> Indicators { get; set; } = [];

    public int Version { get; set; }

    public bool AppliesTo(int year) => FromYear <= year && (ToYear is null || year <= ToYear);
}

/// <summary>One indicator (考核指标) of a scheme: its weight in percent of the scheme score, its full score, its order and its feed.</summary>
public sealed class AssessmentIndicator
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    public int SchemeId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>权重（%）: the indicator's share of the 100-point scheme score.</summary>
    public decimal Weight { get; set; }

    /// <summary>满分: the indicator is scored from 0 to this.</summary>
    public decimal MaxScore { get; set; }

    public int SortOrder { get; set; }

    public IndicatorFeed Feed { get; set; }
}

/// <summary>A township assessment's score on one entered indicator (0 to the indicator's full score).</summary>
public sealed class AssessmentIndicatorScore
{
    public int Id { get; set; }

    public int TownshipAssessmentId { get; set; }

    public int IndicatorId { get; set; }

    public AssessmentIndicator? Indicator { get; set; }

    public decimal Score { get; set; }
}
