using System.Globalization;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M05Assessment;

/// <summary>An indicator as entered: name, weight (%), full score, order and feed.</summary>
public sealed record IndicatorInput(string? Name, decimal? Weight, decimal? MaxScore, int? SortOrder, IndicatorFeed Feed = IndicatorFeed.Entered);

/// <summary>
/// A scheme's arithmetic: its indicators' checks (weights summing to exactly 100) and a township's scheme score, the sum
/// of weight × score ÷ full score over the indicators, rounded half-up to 0.01 once at the end (the per-indicator parts
/// are not rounded). An indicator fed by feedback scores the feedback's 0–100 mean scaled to its full score
/// (score = mean × full ÷ 100, so its part is weight × mean ÷ 100). The total is null while an indicator has no score
/// (an entered one not entered, or a fed one without feedback of its source).
/// </summary>
public static class SchemeScoring
{
    public const decimal WeightTotal = 100m;
    public const decimal MaxFullScore = 1000m;

    /// <summary>One indicator's line: its score on its own scale (null when missing) and its part of the scheme score.</summary>
    public sealed record Line(AssessmentIndicator Indicator, decimal? Score, decimal? Part);

    public sealed record Result(IReadOnlyList<Line> Lines, decimal? Total)
    {
        public IEnumerable<AssessmentIndicator> Missing => Lines.Where(l => l.Score is null).Select(l => l.Indicator);
    }

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The feedback mean an indicator is fed with (respondent-weighted, half-up to 0.01), or null (entered indicator, or no such feedback).</summary>
    public static decimal? FeedOf(IndicatorFeed feed, IEnumerable<AssessmentFeedback> feedback) => feed switch
    {
        IndicatorFeed.Entered => null,
        IndicatorFeed.AllFeedback => TownshipAssessment.FeedbackScore(feedback),
        IndicatorFeed.ServiceRecipients => TownshipAssessment.FeedbackScore(feedback.Where(f => f.Source == FeedbackSource.ServiceRecipients)),
        IndicatorFeed.VillageCadres => TownshipAssessment.FeedbackScore(feedback.Where(f => f.Source == FeedbackSource.VillageCadres)),
        _ => TownshipAssessment.FeedbackScore(feedback.Where(f => f.Source == FeedbackSource.PartyMembersAndMasses)),
    };

    /// <summary>The scheme score of an assessment: <paramref name="entered"/> holds the entered indicators' scores by indicator id.</summary>
    public static Result Compute(IEnumerable<AssessmentIndicator> indicators, IReadOnlyDictionary<int, decimal> entered, IEnumerable<AssessmentFeedback> feedback)
    {
        var entries = feedback.ToList();
        var lines = new List<Line>();
        foreach (var i in indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id))
        {
            decimal? score = i.Feed == IndicatorFeed.Entered
                ? entered.TryGetValue(i.Id, out var s) ? s : null
                : FeedOf(i.Feed, entries) is { } mean ? mean * i.MaxScore / 100m : null;
            lines.Add(new Line(i, score, score is { } v && i.MaxScore > 0 ? i.Weight * v / i.MaxScore : null));
        }

        var total = lines.Count > 0 && lines.All(l => l.Part is not null) ? Round(lines.Sum(l => l.Part!.Value)) : (decimal?)null;
        return new Result(lines, total);
    }

    /// <summary>
    /// The checks of a scheme's indicators: at least one; each named (≤ 100 characters, names distinct), weight above 0 and
    /// at most 100 with at most two decimals, full score above 0 and at most 1000 with at most two decimals, a known feed;
    /// the weights summing to exactly 100. Fields <c>indicators[i].name</c> …, and <c>indicators</c> for the sum.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<IndicatorInput>? indicators)
    {
        var errors = new List<FieldError>();
        if (indicators is null || indicators.Count == 0)
        {
            errors.Add(new FieldError("indicators", "考核指标：至少一项"));
            return errors;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < indicators.Count; k++)
        {
            var i = indicators[k];
            var at = $"第{k + 1}项指标";
            var name = i.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > AssessmentIndicator.NameMaxLength)
            {
                errors.Add(new FieldError($"indicators[{k}].name", $"{at}名称：必填，不超过{AssessmentIndicator.NameMaxLength}字"));
            }
            else if (!names.Add(name))
            {
                errors.Add(new FieldError($"indicators[{k}].name", $"{at}名称：与前面的指标“{name}”重复"));
            }

            if (i.Weight is not { } w || w <= 0 || w > WeightTotal || decimal.Round(w, 2) != w)
            {
                errors.Add(new FieldError($"indicators[{k}].weight", $"{at}权重（%）：应大于0、不超过100，最多两位小数"));
            }

            if (i.MaxScore is not { } m || m <= 0 || m > MaxFullScore || decimal.Round(m, 2) != m)
            {
                errors.Add(new FieldError($"indicators[{k}].maxScore", $"{at}满分：应大于0、不超过{MaxFullScore:0}，最多两位小数"));
            }

            if (!Enum.IsDefined(i.Feed))
            {
                errors.Add(new FieldError($"indicators[{k}].feed", $"{at}得分来源：应为录入或多元评价"));
            }
        }

        var sum = indicators.Sum(i => i.Weight ?? 0m);
        if (sum != WeightTotal)
        {
            errors.Add(new FieldError("indicators", $"考核指标权重合计：应为100%，现为{sum.ToString("0.##", CultureInfo.InvariantCulture)}%"));
        }

        return errors;
    }

    /// <summary>The check of an entered score: 0 to the indicator's full score, at most two decimals; null when it is fine.</summary>
    public static string? ScoreError(AssessmentIndicator indicator, decimal score) =>
        score < 0 || score > indicator.MaxScore || decimal.Round(score, 2) != score
            ? $"指标“{indicator.Name}”得分：应在0至{indicator.MaxScore.ToString("0.##", CultureInfo.InvariantCulture)}之间，最多两位小数"
            : null;
}
