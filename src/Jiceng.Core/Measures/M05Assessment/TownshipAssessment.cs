using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>Whom a multi-source feedback entry (多元评价) was collected from.</summary>
public enum FeedbackSource
{
    /// <summary>服务对象.</summary>
    ServiceRecipients = 1,
    /// <summary>村干部.</summary>
    VillageCadres = 2,
    /// <summary>党员群众.</summary>
    PartyMembersAndMasses = 3,
}

/// <summary>
/// A township's yearly assessment (乡镇年度综合考核) under its category's scheme (考核方案, e.g. 农业型/城郊型): the
/// scheme's score and the multi-source feedback collected. R5.5 warns about an assessment without feedback.
/// </summary>
public sealed class TownshipAssessment : IVersioned
{
    public const int CategoryMaxLength = 50;

    public int Id { get; set; }

    public int TownshipId { get; set; }

    public OrgUnit? Township { get; set; }

    public int Year { get; set; }

    /// <summary>The township category whose scheme applies (乡镇分类), e.g. 农业型.</summary>
    public string Category { get; set; } = "";

    /// <summary>
    /// The scheme's weighted score of the indicators (0–100), if scored. With indicator scores recorded it is computed
    /// (<see cref="SchemeScoring"/>: null until every indicator has its score) and kept in step by every write; without
    /// any (older or imported assessments) it is the score as entered.
    /// </summary>
    public decimal? SchemeScore { get; set; }

    public List<AssessmentFeedback> Feedback { get; set; } = [];

    /// <summary>The entered indicators' scores under the scheme of <see cref="Category"/> and <see cref="Year"/>.</summary>
    public List<AssessmentIndicatorScore> IndicatorScores { get; set; } = [];

    public int Version { get; set; }

    public static string SourceLabel(FeedbackSource source) => source switch
    {
        FeedbackSource.ServiceRecipients => "服务对象",
        FeedbackSource.VillageCadres => "村干部",
        _ => "党员群众",
    };

    /// <summary>
    /// The feedback score: the mean of the entries' scores weighted by their respondents (an entry of 0 respondents
    /// weighs 1), rounded half-up to 0.01; null without feedback.
    /// </summary>
    public static decimal? FeedbackScore(IEnumerable<AssessmentFeedback> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var weight = list.Sum(e => (decimal)Math.Max(1, e.Respondents));
        return Math.Round(list.Sum(e => e.Score * Math.Max(1, e.Respondents)) / weight, 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>One multi-source feedback entry of a township assessment: the source, how many answered, the mean score (0–100).</summary>
public sealed class AssessmentFeedback
{
    public int Id { get; set; }

    public int TownshipAssessmentId { get; set; }

    public FeedbackSource Source { get; set; }

    public int Respondents { get; set; }

    public decimal Score { get; set; }

    public DateOnly CollectedOn { get; set; }
}
