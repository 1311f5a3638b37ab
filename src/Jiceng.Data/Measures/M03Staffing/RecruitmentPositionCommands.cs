using Jiceng.Core.Common;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

public enum PositionSort
{
    Year = 0,
    Unit = 1,
    Hires = 2,
    ExamRatio = 3,
}

/// <summary>The positions list's query.</summary>
public sealed record PositionFilter : StaffingListFilter
{
    public string? Text { get; init; }
    public int? Year { get; init; }
    public bool? Remote { get; init; }
    /// <summary>Only remote positions above this exam ratio (R3.4's remote maximum in force).</summary>
    public int? RatioAbove { get; init; }
    public PositionSort Sort { get; init; }
}

/// <summary>
/// Recruitment positions (招录岗位) of units in the caller's scope. A position is deleted rather than ended (it belongs
/// to one year's recruitment). A remote position above the remote exam ratio is saved: R3.4 flags it as a warning,
/// because the ratio is the exam authority's decision the record has to show as it was.
/// </summary>
public static class RecruitmentPositionCommands
{
    public static async Task<Paged<RecruitmentPosition>> ListAsync(JicengDbContext db, DataScope scope, PositionFilter f, CancellationToken ct = default)
    {
        var query = Filtered(db, scope, f);
        var total = await query.CountAsync(ct);
        var items = await Sorted(query, f).Skip(f.Skip).Take(f.Size).ToListAsync(ct);
        return new Paged<RecruitmentPosition>(items, total, f.Number, f.Size);
    }

    public static async Task<IReadOnlyList<RecruitmentPosition>> AllAsync(JicengDbContext db, DataScope scope, PositionFilter f, int limit, CancellationToken ct = default) =>
        await Sorted(Filtered(db, scope, f), f).Take(limit).ToListAsync(ct);

    public static Task<RecruitmentPosition?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.RecruitmentPositions.AsNoTracking().InScope(scope).Include(p => p.OrgUnit).FirstOrDefaultAsync(p => p.Id == id, ct);

    public static async Task<CommandResult<RecruitmentPosition>> CreateAsync(JicengDbContext db, DataScope scope, RecruitmentPositionInput input, CancellationToken ct = default)
    {
        var unit = await UnitAsync(db, scope, input.OrgUnitId, ct);
        var position = new RecruitmentPosition();
        return await VersionedUpdate.AddAsync(db, position, Validate(input, unit), () => Apply(position, input), ct);
    }

    public static async Task<CommandResult<RecruitmentPosition>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, RecruitmentPositionInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var position = await db.RecruitmentPositions.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null)
        {
            return CommandResult<RecruitmentPosition>.Missing();
        }

        var unit = await UnitAsync(db, scope, input.OrgUnitId, ct);
        return await VersionedUpdate.RunAsync(db, position, expectedVersion,
            () => Task.FromResult(Validate(input, unit)), () => Apply(position, input),
            () => db.RecruitmentPositions.AsNoTracking().FirstAsync(p => p.Id == id, ct), ct);
    }

    public static async Task<CommandResult<RecruitmentPosition>> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var position = await db.RecruitmentPositions.InScope(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null)
        {
            return CommandResult<RecruitmentPosition>.Missing();
        }

        db.RecruitmentPositions.Remove(position);
        await db.SaveChangesAsync(ct);
        return CommandResult<RecruitmentPosition>.Ok(position);
    }

    private static IQueryable<RecruitmentPosition> Filtered(JicengDbContext db, DataScope scope, PositionFilter f)
    {
        var query = db.RecruitmentPositions.AsNoTracking().InScope(scope).Include(p => p.OrgUnit).AsQueryable();
        if (f.Text?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(p => p.Title.Contains(text) || p.OrgUnit!.Name.Contains(text));
        }

        if (f.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        if (f.Remote is { } remote)
        {
            query = query.Where(p => p.OrgUnit!.IsRemoteHardship == remote);
        }

        if (f.RatioAbove is { } above)
        {
            query = query.Where(p => p.OrgUnit!.IsRemoteHardship && p.ExamRatio > above);
        }

        return query;
    }

    private static IQueryable<RecruitmentPosition> Sorted(IQueryable<RecruitmentPosition> q, PositionFilter f) => (f.Sort, f.Descending) switch
    {
        (PositionSort.Unit, false) => q.OrderBy(p => p.OrgUnit!.SortOrder).ThenBy(p => p.Id),
        (PositionSort.Unit, true) => q.OrderByDescending(p => p.OrgUnit!.SortOrder).ThenBy(p => p.Id),
        (PositionSort.Hires, false) => q.OrderBy(p => p.Hires).ThenBy(p => p.Id),
        (PositionSort.Hires, true) => q.OrderByDescending(p => p.Hires).ThenBy(p => p.Id),
        (PositionSort.ExamRatio, false) => q.OrderBy(p => p.ExamRatio).ThenBy(p => p.Id),
        (PositionSort.ExamRatio, true) => q.OrderByDescending(p => p.ExamRatio).ThenBy(p => p.Id),
        (_, false) => q.OrderByDescending(p => p.Year).ThenBy(p => p.OrgUnit!.SortOrder).ThenBy(p => p.Id),
        (_, true) => q.OrderBy(p => p.Year).ThenBy(p => p.OrgUnit!.SortOrder).ThenBy(p => p.Id),
    };

    private static async Task<OrgUnit?> UnitAsync(JicengDbContext db, DataScope scope, int? unitId, CancellationToken ct) =>
        unitId is { } id ? await db.OrgUnits.AsNoTracking().InScope(scope).FirstOrDefaultAsync(u => u.Id == id, ct) : null;

    private static IReadOnlyList<FieldError> Validate(RecruitmentPositionInput input, OrgUnit? unit)
    {
        var errors = StaffingValidators.Position(input, unit).ToList();
        if (input.OrgUnitId is > 0 && unit is null)
        {
            errors.Add(new FieldError("orgUnitId", "招录单位：单位不存在或不在您的管理范围内"));
        }

        return errors;
    }

    private static void Apply(RecruitmentPosition p, RecruitmentPositionInput input)
    {
        p.OrgUnitId = input.OrgUnitId!.Value;
        p.Year = input.Year!.Value;
        p.Title = input.Title!.Trim();
        p.Hires = input.Hires!.Value;
        p.ExamRatio = input.ExamRatio!.Value;
        p.AnyMajor = input.AnyMajor;
        p.RelaxedEducation = input.RelaxedEducation;
        p.RelaxedAge = input.RelaxedAge;
    }
}
