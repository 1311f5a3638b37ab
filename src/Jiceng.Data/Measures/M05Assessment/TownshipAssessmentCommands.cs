using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>One township of the year's list: its assessment if recorded (id null otherwise), the scores, and whether
/// multi-source feedback is missing (R5.5).</summary>
public sealed record TownshipAssessmentRow(int? Id, int TownshipId, string TownshipCode, string TownshipName, int Year, string? Category,
    string? SchemeName, decimal? SchemeScore, bool ScoreComputed, decimal? FeedbackScore, int FeedbackEntries, int? Version)
{
    /// <summary>R5.5: an assessment recorded without any feedback entry.</summary>
    public bool MissingFeedback => Id is not null && FeedbackEntries == 0;
}

/// <summary>One assessment with its township, the scheme that applies (if any) and the scheme's arithmetic on it.</summary>
public sealed record TownshipAssessmentDetail(TownshipAssessment Assessment, string TownshipCode, string TownshipName, AssessmentScheme? Scheme,
    SchemeScoring.Result? Scoring, decimal? FeedbackScore)
{
    public bool ScoreComputed => Assessment.IndicatorScores.Count > 0;
}

/// <summary>The editable fields of an assessment: its category and, while no indicator score is recorded, the scheme score as entered.</summary>
public sealed record AssessmentEdit(string? Category, decimal? SchemeScore);

/// <summary>One entered indicator's score; null removes it.</summary>
public sealed record IndicatorScoreInput(int IndicatorId, decimal? Score);

/// <summary>
/// Township assessments (乡镇年度综合考核) in the caller's scope: the year's list, one assessment's detail, its edit and
/// deletion, its indicator scores and its multi-source feedback entries. Every write that touches scores or feedback
/// recomputes <see cref="TownshipAssessment.SchemeScore"/> when the assessment has indicator scores
/// (<see cref="SchemeScoring"/>); without any, the entered score stays. Adding an assessment is
/// <see cref="AssessmentCommands.AddTownshipAssessmentAsync"/>.
/// </summary>
public static class TownshipAssessmentCommands
{
    public const int MaxRespondents = 1_000_000;

    private static IQueryable<TownshipAssessment> InScope(JicengDbContext db, DataScope scope) =>
        db.TownshipAssessments.Where(a => a.Township!.Path.StartsWith(scope.Path));

    /// <summary>Every township and sub-district in scope with its assessment of <paramref name="year"/>, by sort order and code.</summary>
    public static async Task<IReadOnlyList<TownshipAssessmentRow>> ListAsync(JicengDbContext db, DataScope scope, int year, CancellationToken ct = default)
    {
        var townships = await db.OrgUnits.InScope(scope).AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var assessments = await InScope(db, scope).AsNoTracking().Where(a => a.Year == year)
            .Include(a => a.Feedback).AsSplitQuery()
            .Select(a => new { a.Id, a.TownshipId, a.Category, a.SchemeScore, a.Version, a.Feedback, Scored = a.IndicatorScores.Any() })
            .ToListAsync(ct);
        var byTownship = assessments.ToDictionary(a => a.TownshipId);
        var schemes = await SchemeCommands.Visible(db, scope).AsNoTracking().Where(s => s.FromYear <= year && (s.ToYear == null || s.ToYear >= year))
            .Select(s => new { s.DistrictId, s.Category, s.Name, s.FromYear }).ToListAsync(ct);
        return [.. townships.Select(t =>
        {
            if (!byTownship.TryGetValue(t.Id, out var a))
            {
                return new TownshipAssessmentRow(null, t.Id, t.Code, t.Name, year, null, null, null, false, null, 0, null);
            }

            var above = SchemeCommands.PathIds(t.Path);
            var scheme = schemes.Where(s => above.Contains(s.DistrictId) && s.Category == a.Category).OrderByDescending(s => s.FromYear).FirstOrDefault();
            return new TownshipAssessmentRow(a.Id, t.Id, t.Code, t.Name, year, a.Category, scheme?.Name, a.SchemeScore, a.Scored,
                TownshipAssessment.FeedbackScore(a.Feedback), a.Feedback.Count, a.Version);
        })];
    }

    /// <summary>One assessment with its feedback, scores, scheme and arithmetic; null outside the scope.</summary>
    public static async Task<TownshipAssessmentDetail?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var a = await InScope(db, scope).AsNoTracking().Include(a => a.Feedback).Include(a => a.IndicatorScores).Include(a => a.Township).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        a.Feedback.Sort((x, y) => x.Source.CompareTo(y.Source));
        var scheme = await SchemeCommands.ApplyingAsync(db, a.Township!.Path, a.Category, a.Year, ct);
        var scoring = scheme is null ? null : SchemeScoring.Compute(scheme.Indicators, a.IndicatorScores.ToDictionary(s => s.IndicatorId, s => s.Score), a.Feedback);
        return new TownshipAssessmentDetail(a, a.Township.Code, a.Township.Name, scheme, scoring, TownshipAssessment.FeedbackScore(a.Feedback));
    }

    /// <summary>Changes the category and the entered scheme score (version required). Refused: a category change or an
    /// entered score once indicator scores are recorded (the score is then computed).</summary>
    public static async Task<CommandResult<TownshipAssessment>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, AssessmentEdit input, int? expectedVersion, CancellationToken ct = default)
    {
        var a = await InScope(db, scope).Include(a => a.IndicatorScores).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (a is null)
        {
            return CommandResult<TownshipAssessment>.Missing();
        }

        var category = input.Category?.Trim();
        return await VersionedUpdate.RunAsync(db, a, expectedVersion, () =>
        {
            var errors = new List<FieldError>();
            if (string.IsNullOrEmpty(category) || category.Length > TownshipAssessment.CategoryMaxLength)
            {
                errors.Add(new FieldError("category", $"乡镇类别：必填，不超过{TownshipAssessment.CategoryMaxLength}字"));
            }
            else if (a.IndicatorScores.Count > 0 && !string.Equals(category, a.Category, StringComparison.Ordinal))
            {
                errors.Add(new FieldError("category", "乡镇类别：已按该类别的方案录入指标得分，不能修改（请先清除指标得分）"));
            }

            if (a.IndicatorScores.Count > 0)
            {
                if (input.SchemeScore != a.SchemeScore)
                {
                    errors.Add(new FieldError("schemeScore", "方案得分：已录入指标得分，方案得分由指标得分计算，不能直接修改"));
                }
            }
            else if (input.SchemeScore is { } s && (s < 0 || s > 100 || decimal.Round(s, 2) != s))
            {
                errors.Add(new FieldError("schemeScore", "方案得分：应在0至100之间，最多两位小数"));
            }

            return Task.FromResult<IReadOnlyList<FieldError>>(errors);
        }, () =>
        {
            a.Category = category!;
            a.SchemeScore = input.SchemeScore;
        }, () => db.TownshipAssessments.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    /// <summary>Deletes an assessment with its scores and feedback (version required).</summary>
    public static async Task<CommandResult<TownshipAssessment>> DeleteAsync(JicengDbContext db, DataScope scope, int id, int? expectedVersion, CancellationToken ct = default)
    {
        var a = await InScope(db, scope).Include(a => a.IndicatorScores).Include(a => a.Feedback).FirstOrDefaultAsync(a => a.Id == id, ct);
        return a is null
            ? CommandResult<TownshipAssessment>.Missing()
            : await VersionedUpdate.RunAsync(db, a, expectedVersion, () => Task.FromResult<IReadOnlyList<FieldError>>([]),
                () => db.TownshipAssessments.Remove(a), () => db.TownshipAssessments.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    /// <summary>
    /// Records the entered indicators' scores (version required): each indicator of the applying scheme, fed by entry,
    /// 0 to its full score; a null score clears it. The scheme score is then computed (null until every indicator has one).
    /// </summary>
    public static async Task<CommandResult<TownshipAssessment>> SaveScoresAsync(
        JicengDbContext db, DataScope scope, int id, IReadOnlyList<IndicatorScoreInput> scores, int? expectedVersion, CancellationToken ct = default)
    {
        var a = await InScope(db, scope).Include(a => a.IndicatorScores).Include(a => a.Feedback).Include(a => a.Township).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (a is null)
        {
            return CommandResult<TownshipAssessment>.Missing();
        }

        var scheme = await SchemeCommands.ApplyingAsync(db, a.Township!.Path, a.Category, a.Year, ct);
        return await VersionedUpdate.RunAsync(db, a, expectedVersion, () =>
        {
            var errors = new List<FieldError>();
            if (scheme is null)
            {
                errors.Add(new FieldError("scores", $"指标得分：“{a.Category}”类别{a.Year}年度没有适用的考核方案，请先制定方案"));
                return Task.FromResult<IReadOnlyList<FieldError>>(errors);
            }

            var seen = new HashSet<int>();
            for (var k = 0; k < scores.Count; k++)
            {
                var s = scores[k];
                var indicator = scheme.Indicators.FirstOrDefault(i => i.Id == s.IndicatorId);
                if (indicator is null)
                {
                    errors.Add(new FieldError($"scores[{k}].indicatorId", $"第{k + 1}项得分：指标不属于方案“{scheme.Name}”"));
                }
                else if (!seen.Add(indicator.Id))
                {
                    errors.Add(new FieldError($"scores[{k}].indicatorId", $"第{k + 1}项得分：指标“{indicator.Name}”重复"));
                }
                else if (indicator.Feed != IndicatorFeed.Entered && s.Score is not null)
                {
                    errors.Add(new FieldError($"scores[{k}].score", $"指标“{indicator.Name}”得分：由多元评价计算，不能录入"));
                }
                else if (s.Score is { } v && SchemeScoring.ScoreError(indicator, v) is { } message)
                {
                    errors.Add(new FieldError($"scores[{k}].score", message));
                }
            }

            return Task.FromResult<IReadOnlyList<FieldError>>(errors);
        }, () =>
        {
            var hadScores = a.IndicatorScores.Count > 0;
            foreach (var s in scores)
            {
                var stored = a.IndicatorScores.FirstOrDefault(x => x.IndicatorId == s.IndicatorId);
                if (s.Score is not { } v)
                {
                    if (stored is not null)
                    {
                        a.IndicatorScores.Remove(stored);
                    }
                }
                else if (stored is null)
                {
                    a.IndicatorScores.Add(new AssessmentIndicatorScore { IndicatorId = s.IndicatorId, Score = v });
                }
                else
                {
                    stored.Score = v;
                }
            }

            Recompute(a, scheme);
            if (hadScores && a.IndicatorScores.Count == 0)
            {
                a.SchemeScore = null; // every score cleared: no computed score is left, and none was entered
            }

            db.Entry(a).Property(x => x.Category).IsModified = true; // the version moves with the scores too
        }, () => db.TownshipAssessments.AsNoTracking().FirstAsync(x => x.Id == id, ct), ct);
    }

    /// <summary>The checks of one feedback entry (the API's and the import's): fields source, respondents, score, collectedOn.</summary>
    public static IReadOnlyList<FieldError> ValidateFeedback(FeedbackInput? input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input is null)
        {
            return [new FieldError("feedback", "多元评价：必填")];
        }

        if (!Enum.IsDefined(input.Source))
        {
            errors.Add(new FieldError("source", "评价来源：应为服务对象、村干部或党员群众"));
        }

        if (input.Respondents < 0 || input.Respondents > MaxRespondents)
        {
            errors.Add(new FieldError("respondents", $"参评人数：应在0至{MaxRespondents}之间"));
        }

        if (input.Score < 0 || input.Score > 100 || decimal.Round(input.Score, 2) != input.Score)
        {
            errors.Add(new FieldError("score", "平均分：应在0至100之间，最多两位小数"));
        }

        if (input.CollectedOn.Year < 2000 || input.CollectedOn > today)
        {
            errors.Add(new FieldError("collectedOn", $"收集日期：必填，在2000-01-01至今天（{Dates.Format(today)}）之间"));
        }

        return errors;
    }

    public static async Task<CommandResult<AssessmentFeedback>> AddFeedbackAsync(
        JicengDbContext db, DataScope scope, int assessmentId, FeedbackInput input, DateOnly today, CancellationToken ct = default)
    {
        var a = await LoadForFeedbackAsync(db, scope, assessmentId, ct);
        if (a is null)
        {
            return CommandResult<AssessmentFeedback>.Missing();
        }

        var errors = ValidateFeedback(input, today).ToList();
        if (errors.Count == 0 && a.Feedback.Any(f => f.Source == input.Source))
        {
            errors.Add(new FieldError("source", $"评价来源：{TownshipAssessment.SourceLabel(input.Source)}的评价已录入，请修改该条"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<AssessmentFeedback>.Invalid(errors);
        }

        var entry = new AssessmentFeedback { Source = input.Source, Respondents = input.Respondents, Score = input.Score, CollectedOn = input.CollectedOn };
        a.Feedback.Add(entry);
        await RecomputeAndSaveAsync(db, a, ct);
        return CommandResult<AssessmentFeedback>.Ok(entry);
    }

    public static async Task<CommandResult<AssessmentFeedback>> UpdateFeedbackAsync(
        JicengDbContext db, DataScope scope, int feedbackId, FeedbackInput input, DateOnly today, CancellationToken ct = default)
    {
        var assessmentId = await db.AssessmentFeedback.Where(f => f.Id == feedbackId).Select(f => (int?)f.TownshipAssessmentId).FirstOrDefaultAsync(ct);
        var a = assessmentId is { } aid ? await LoadForFeedbackAsync(db, scope, aid, ct) : null;
        var entry = a?.Feedback.First(f => f.Id == feedbackId);
        if (a is null || entry is null)
        {
            return CommandResult<AssessmentFeedback>.Missing();
        }

        var errors = ValidateFeedback(input, today).ToList();
        if (errors.Count == 0 && a.Feedback.Any(f => f.Id != feedbackId && f.Source == input.Source))
        {
            errors.Add(new FieldError("source", $"评价来源：{TownshipAssessment.SourceLabel(input.Source)}的评价已录入，请修改该条"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<AssessmentFeedback>.Invalid(errors);
        }

        (entry.Source, entry.Respondents, entry.Score, entry.CollectedOn) = (input.Source, input.Respondents, input.Score, input.CollectedOn);
        await RecomputeAndSaveAsync(db, a, ct);
        return CommandResult<AssessmentFeedback>.Ok(entry);
    }

    public static async Task<CommandResult<AssessmentFeedback>> DeleteFeedbackAsync(JicengDbContext db, DataScope scope, int feedbackId, CancellationToken ct = default)
    {
        var assessmentId = await db.AssessmentFeedback.Where(f => f.Id == feedbackId).Select(f => (int?)f.TownshipAssessmentId).FirstOrDefaultAsync(ct);
        var a = assessmentId is { } aid ? await LoadForFeedbackAsync(db, scope, aid, ct) : null;
        var entry = a?.Feedback.First(f => f.Id == feedbackId);
        if (a is null || entry is null)
        {
            return CommandResult<AssessmentFeedback>.Missing();
        }

        a.Feedback.Remove(entry);
        await RecomputeAndSaveAsync(db, a, ct);
        return CommandResult<AssessmentFeedback>.Ok(entry);
    }

    private static Task<TownshipAssessment?> LoadForFeedbackAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct) =>
        InScope(db, scope).Include(a => a.Feedback).Include(a => a.IndicatorScores).Include(a => a.Township).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Recomputes the scheme score of a tracked assessment (with feedback, scores and township loaded) and saves; the version moves.</summary>
    internal static async Task RecomputeAndSaveAsync(JicengDbContext db, TownshipAssessment a, CancellationToken ct)
    {
        await RecomputeAsync(db, a, a.Township!.Path, ct);
        db.Entry(a).Property(x => x.Category).IsModified = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Recomputes the scheme score of an assessment with its feedback and scores loaded (nothing without indicator scores).</summary>
    internal static async Task RecomputeAsync(JicengDbContext db, TownshipAssessment a, string townshipPath, CancellationToken ct)
    {
        if (a.IndicatorScores.Count > 0)
        {
            Recompute(a, await SchemeCommands.ApplyingAsync(db, townshipPath, a.Category, a.Year, ct));
        }
    }

    /// <summary>With indicator scores, the scheme score is the scheme's computation (null without a scheme or while incomplete).</summary>
    private static void Recompute(TownshipAssessment a, AssessmentScheme? scheme)
    {
        if (a.IndicatorScores.Count == 0)
        {
            return;
        }

        a.SchemeScore = scheme is null ? null
            : SchemeScoring.Compute(scheme.Indicators, a.IndicatorScores.ToDictionary(s => s.IndicatorId, s => s.Score), a.Feedback).Total;
    }

    internal static string Format(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
