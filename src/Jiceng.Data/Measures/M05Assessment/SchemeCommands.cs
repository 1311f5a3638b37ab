using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>An assessment scheme as entered: the district, the township category, name, years and the indicators.</summary>
public sealed record SchemeInput(int? DistrictId, string? Category, string? Name, int? FromYear, int? ToYear, IReadOnlyList<IndicatorInput>? Indicators);

/// <summary>One row of the scheme list.</summary>
public sealed record SchemeRow(int Id, int DistrictId, string DistrictName, string Category, string Name, int FromYear, int? ToYear,
    int Indicators, decimal WeightSum, int Version);

/// <summary>
/// Assessment schemes (考核方案) by township category: district-level records. Everyone sees the schemes of the districts
/// in or above their scope (a township sees its district's); writing needs the district in the caller's scope, and the
/// callers let only the organization department write (<c>Policies.EditAssessmentSchemes</c>). Once a township has
/// indicator scores under a scheme its indicators are fixed, its category too, and its years must keep covering the
/// scored years: a changed scheme is a new scheme from the next year (end the old one).
/// </summary>
public static class SchemeCommands
{
    /// <summary>The ids of the units on the scope's path (its ancestors and itself), from <c>/1/4/37/</c>.</summary>
    internal static int[] PathIds(string path) =>
        [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))];

    /// <summary>The schemes the scope sees: those of districts inside it or above it.</summary>
    public static IQueryable<AssessmentScheme> Visible(JicengDbContext db, DataScope scope)
    {
        var above = PathIds(scope.Path);
        return db.AssessmentSchemes.Where(s => above.Contains(s.DistrictId) || s.District!.Path.StartsWith(scope.Path));
    }

    public static async Task<IReadOnlyList<SchemeRow>> ListAsync(JicengDbContext db, DataScope scope, string? category = null, int? year = null, CancellationToken ct = default)
    {
        var q = Visible(db, scope).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(category))
        {
            var c = category.Trim();
            q = q.Where(s => s.Category == c);
        }

        if (year is { } y)
        {
            q = q.Where(s => s.FromYear <= y && (s.ToYear == null || s.ToYear >= y));
        }

        var rows = await q.Select(s => new
        {
            s.Id, s.DistrictId, DistrictName = s.District!.Name, s.Category, s.Name, s.FromYear, s.ToYear,
            Count = s.Indicators.Count, Weights = s.Indicators.Select(i => i.Weight).ToList(), s.Version,
        }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Category, StringComparer.Ordinal).ThenByDescending(r => r.FromYear)
            .Select(r => new SchemeRow(r.Id, r.DistrictId, r.DistrictName, r.Category, r.Name, r.FromYear, r.ToYear, r.Count, r.Weights.Sum(), r.Version))];
    }

    /// <summary>One scheme with its indicators in order; null when the scope does not see it.</summary>
    public static async Task<AssessmentScheme?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var s = await Visible(db, scope).AsNoTracking().Include(s => s.Indicators).Include(s => s.District).FirstOrDefaultAsync(s => s.Id == id, ct);
        s?.Indicators.Sort((a, b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id));
        return s;
    }

    /// <summary>The categories in use (schemes' and assessments') in the scope, for pick lists.</summary>
    public static async Task<IReadOnlyList<string>> CategoriesAsync(JicengDbContext db, DataScope scope, CancellationToken ct = default)
    {
        var fromSchemes = await Visible(db, scope).Select(s => s.Category).Distinct().ToListAsync(ct);
        var fromAssessments = await db.TownshipAssessments.Where(a => a.Township!.Path.StartsWith(scope.Path)).Select(a => a.Category).Distinct().ToListAsync(ct);
        return [.. fromSchemes.Concat(fromAssessments).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The scheme that applies to a township's assessment of a category and year: one of a district above the township.</summary>
    public static async Task<AssessmentScheme?> ApplyingAsync(JicengDbContext db, string townshipPath, string category, int year, CancellationToken ct = default)
    {
        var above = PathIds(townshipPath);
        var s = await db.AssessmentSchemes.AsNoTracking().Include(s => s.Indicators)
            .Where(s => above.Contains(s.DistrictId) && s.Category == category && s.FromYear <= year && (s.ToYear == null || s.ToYear >= year))
            .OrderByDescending(s => s.FromYear).FirstOrDefaultAsync(ct);
        s?.Indicators.Sort((a, b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id));
        return s;
    }

    public static async Task<CommandResult<AssessmentScheme>> CreateAsync(JicengDbContext db, DataScope scope, SchemeInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var district = await db.OrgUnits.InScope(scope).AsNoTracking().Where(u => u.Id == input.DistrictId && u.Kind == OrgUnitKind.District)
            .Select(u => new { u.Id }).FirstOrDefaultAsync(ct);
        if (district is null)
        {
            errors.Add(new FieldError("districtId", "区县：不存在或不在您的管理范围内"));
        }

        errors.AddRange(Validate(input, today));
        if (district is not null && errors.Count == 0)
        {
            errors.AddRange(await OverlapAsync(db, district.Id, input, null, ct));
        }

        var scheme = new AssessmentScheme();
        return await VersionedUpdate.AddAsync(db, scheme, errors, () =>
        {
            scheme.DistrictId = district!.Id;
            Apply(scheme, input, replaceIndicators: true);
        }, ct);
    }

    /// <summary>Changes a scheme (version required). Indicators, category and a narrowing of the years are refused once scored.</summary>
    public static async Task<CommandResult<AssessmentScheme>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, SchemeInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.Include(s => s.Indicators).Where(s => s.District!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (scheme is null)
        {
            return CommandResult<AssessmentScheme>.Missing();
        }

        var replace = false;
        return await VersionedUpdate.RunAsync(db, scheme, expectedVersion, async () =>
        {
            var errors = new List<FieldError>(Validate(input, today));
            if (input.DistrictId is { } d && d != scheme.DistrictId)
            {
                errors.Add(new FieldError("districtId", "区县：方案所属区县不能修改"));
            }

            if (errors.Count > 0)
            {
                return errors;
            }

            var scored = await ScoredYearsAsync(db, scheme.Id, ct);
            replace = !SameIndicators(scheme.Indicators, input.Indicators!);
            if (scored.Count > 0)
            {
                var years = string.Join("、", scored);
                if (replace)
                {
                    errors.Add(new FieldError("indicators", $"考核指标：已有乡镇按该方案录入{years}年度指标得分，指标不能修改；请结束该方案并自下一年度起新建方案"));
                }

                if (!string.Equals(input.Category!.Trim(), scheme.Category, StringComparison.Ordinal))
                {
                    errors.Add(new FieldError("category", $"乡镇类别：已有乡镇按该方案录入{years}年度指标得分，类别不能修改"));
                }

                errors.AddRange(CoverErrors(scored, input.FromYear!.Value, input.ToYear));
            }

            errors.AddRange(await OverlapAsync(db, scheme.DistrictId, input, scheme.Id, ct));
            return errors;
        }, () =>
        {
            Apply(scheme, input, replace);
            db.Entry(scheme).Property(s => s.Name).IsModified = true; // the version moves with the indicators too
        }, () => db.AssessmentSchemes.AsNoTracking().Include(s => s.Indicators).FirstAsync(s => s.Id == id, ct), ct);
    }

    /// <summary>Ends a scheme (结束): it applies up to <paramref name="toYear"/> (at least its first year and every scored year).</summary>
    public static async Task<CommandResult<AssessmentScheme>> EndAsync(
        JicengDbContext db, DataScope scope, int id, int? toYear, int? expectedVersion, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.Where(s => s.District!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (scheme is null)
        {
            return CommandResult<AssessmentScheme>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, scheme, expectedVersion, async () =>
        {
            if (toYear is not { } y || y < scheme.FromYear || y > 2100)
            {
                return [new FieldError("toYear", $"截止年度：必填，不早于起始年度{scheme.FromYear}")];
            }

            return CoverErrors(await ScoredYearsAsync(db, scheme.Id, ct), scheme.FromYear, y);
        }, () => scheme.ToYear = toYear, () => db.AssessmentSchemes.AsNoTracking().FirstAsync(s => s.Id == id, ct), ct);
    }

    /// <summary>Deletes a scheme no township has scores under (a scored one can only be ended).</summary>
    public static async Task<CommandResult<AssessmentScheme>> DeleteAsync(JicengDbContext db, DataScope scope, int id, int? expectedVersion, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.Include(s => s.Indicators).Where(s => s.District!.Path.StartsWith(scope.Path)).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (scheme is null)
        {
            return CommandResult<AssessmentScheme>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, scheme, expectedVersion, async () =>
        {
            var scored = await ScoredYearsAsync(db, scheme.Id, ct);
            return scored.Count == 0 ? [] : [new FieldError("id", $"考核方案：已有乡镇按该方案录入{string.Join("、", scored)}年度指标得分，不能删除，只能结束")];
        }, () => db.AssessmentSchemes.Remove(scheme), () => db.AssessmentSchemes.AsNoTracking().FirstAsync(s => s.Id == id, ct), ct);
    }

    private static IReadOnlyList<FieldError> Validate(SchemeInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Category) || input.Category.Trim().Length > TownshipAssessment.CategoryMaxLength)
        {
            errors.Add(new FieldError("category", $"乡镇类别：必填，不超过{TownshipAssessment.CategoryMaxLength}字"));
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > AssessmentScheme.NameMaxLength)
        {
            errors.Add(new FieldError("name", $"方案名称：必填，不超过{AssessmentScheme.NameMaxLength}字"));
        }

        if (input.FromYear is not { } from || from < 2000 || from > today.Year + 1)
        {
            errors.Add(new FieldError("fromYear", $"起始年度：应在2000至{today.Year + 1}之间"));
        }
        else if (input.ToYear is { } to && (to < from || to > 2100))
        {
            errors.Add(new FieldError("toYear", $"截止年度：不早于起始年度{from}"));
        }

        errors.AddRange(SchemeScoring.Validate(input.Indicators));
        return errors;
    }

    private static async Task<IReadOnlyList<FieldError>> OverlapAsync(JicengDbContext db, int districtId, SchemeInput input, int? self, CancellationToken ct)
    {
        var category = input.Category!.Trim();
        var (from, to) = (input.FromYear!.Value, input.ToYear ?? int.MaxValue);
        var other = await db.AssessmentSchemes.AsNoTracking()
            .Where(s => s.DistrictId == districtId && s.Category == category && s.Id != self && s.FromYear <= to && (s.ToYear == null || s.ToYear >= from))
            .Select(s => new { s.Name, s.FromYear, s.ToYear }).FirstOrDefaultAsync(ct);
        return other is null ? []
            : [new FieldError("fromYear", $"起始年度：与“{category}”类别的方案“{other.Name}”（{other.FromYear}—{other.ToYear?.ToString(CultureInfo.InvariantCulture) ?? "至今"}）年度重叠，请先结束该方案")];
    }

    /// <summary>The years of assessments with indicator scores under the scheme, ascending.</summary>
    private static async Task<List<int>> ScoredYearsAsync(JicengDbContext db, int schemeId, CancellationToken ct) =>
        await db.AssessmentIndicatorScores.Where(s => s.Indicator!.SchemeId == schemeId)
            .Join(db.TownshipAssessments, s => s.TownshipAssessmentId, a => a.Id, (s, a) => a.Year).Distinct().OrderBy(y => y).ToListAsync(ct);

    private static IReadOnlyList<FieldError> CoverErrors(IReadOnlyList<int> scored, int from, int? to)
    {
        var outside = scored.Where(y => y < from || (to is { } t && y > t)).ToList();
        return outside.Count == 0 ? []
            : [new FieldError(to is { } && outside.Any(y => y > to) ? "toYear" : "fromYear", $"适用年度：{string.Join("、", outside)}年度已按该方案录入指标得分，适用年度须包含这些年度")];
    }

    private static bool SameIndicators(IReadOnlyList<AssessmentIndicator> stored, IReadOnlyList<IndicatorInput> input) =>
        stored.Count == input.Count && stored.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Zip(Ordered(input)).All(p =>
            p.First.Name == p.Second.Input.Name?.Trim() && p.First.Weight == p.Second.Input.Weight && p.First.MaxScore == p.Second.Input.MaxScore
            && p.First.Feed == p.Second.Input.Feed && p.First.SortOrder == p.Second.Order);

    /// <summary>The inputs in their order (by <see cref="IndicatorInput.SortOrder"/>, then as listed) with their stored order numbers 1, 2, ….</summary>
    private static IEnumerable<(IndicatorInput Input, int Order)> Ordered(IReadOnlyList<IndicatorInput> input) =>
        input.Select((i, k) => (i, k)).OrderBy(x => x.i.SortOrder ?? int.MaxValue).ThenBy(x => x.k).Select((x, n) => (x.i, n + 1));

    private static void Apply(AssessmentScheme scheme, SchemeInput input, bool replaceIndicators)
    {
        scheme.Category = input.Category!.Trim();
        scheme.Name = input.Name!.Trim();
        scheme.FromYear = input.FromYear!.Value;
        scheme.ToYear = input.ToYear;
        if (replaceIndicators)
        {
            scheme.Indicators.Clear();
            scheme.Indicators.AddRange(Ordered(input.Indicators!).Select(x => new AssessmentIndicator
            {
                Name = x.Input.Name!.Trim(), Weight = x.Input.Weight!.Value, MaxScore = x.Input.MaxScore!.Value, SortOrder = x.Order, Feed = x.Input.Feed,
            }));
        }
    }
}
