using Jiceng.Core.Common;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>What the award list is filtered by: grant year, kind, grassroots or not, the cadre's unit (with its subtree) and the cadre.</summary>
public sealed record AwardFilter(int? Year = null, AwardKind? Kind = null, bool? Grassroots = null, int? OrgUnitId = null, int? CadreId = null);

/// <summary>A row of the award list: the award with its cadre and the cadre's unit.</summary>
public sealed record AwardRow(int Id, int CadreId, string CadreName, string UnitName, AwardKind Kind, string KindLabel, string Title, string Event,
    DateOnly EventOn, DateOnly GrantedOn, bool IsGrassroots, string DocumentNumber, int Version);

/// <summary>
/// The grassroots share of a year's awards in scope (granted 1 January up to <see cref="AsOf"/>), against
/// P5.grassroots_award_share_min when set (R5.3: equal is enough).
/// </summary>
public sealed record AwardShare(int Year, DateOnly AsOf, int Awards, int Grassroots, decimal? Minimum)
{
    public decimal? Share => Awards == 0 ? null : (decimal)Grassroots / Awards;

    /// <summary>Null when there is no minimum or no award; otherwise whether the share reaches it (compared exactly).</summary>
    public bool? MeetsMinimum => Minimum is { } min && Awards > 0 ? Grassroots >= min * Awards : null;
}

/// <summary>
/// Awards (奖励) of cadres in the caller's scope beyond adding (<see cref="AssessmentCommands.AddAwardAsync"/>): read,
/// list, correct with the version read, delete, and the year's grassroots share (R5.3).
/// </summary>
public static class AwardCommands
{
    /// <summary>The field checks of an award, as adding and correcting share them.</summary>
    public static IReadOnlyList<FieldError> Validate(AwardInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "奖励种类：应为嘉奖、三等功、二等功、一等功或荣誉称号"));
        }

        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > Award.TitleMaxLength)
        {
            errors.Add(new FieldError("title", $"奖励名称：必填，不超过{Award.TitleMaxLength}字"));
        }

        if ((input.Event?.Trim().Length ?? 0) > Award.EventMaxLength)
        {
            errors.Add(new FieldError("event", $"事迹：不超过{Award.EventMaxLength}字"));
        }

        if (input.EventOn is null)
        {
            errors.Add(new FieldError("eventOn", "事迹发生日期：必填"));
        }

        if (input.GrantedOn is not { } grantedOn)
        {
            errors.Add(new FieldError("grantedOn", "授予日期：必填"));
        }
        else if (grantedOn > today)
        {
            errors.Add(new FieldError("grantedOn", "授予日期：不能晚于今天"));
        }
        else if (input.EventOn is { } e && grantedOn < e)
        {
            errors.Add(new FieldError("grantedOn", "授予日期：不能早于事迹发生日期"));
        }

        if ((input.DocumentNumber?.Trim().Length ?? 0) > DocumentNumberMaxLength)
        {
            errors.Add(new FieldError("documentNumber", $"文号：不超过{DocumentNumberMaxLength}字"));
        }

        return errors;
    }

    /// <summary>The longest 文号 kept (the column is unbounded; the check keeps entries reasonable).</summary>
    public const int DocumentNumberMaxLength = 100;

    internal static void Apply(Award award, AwardInput input)
    {
        award.Kind = input.Kind!.Value;
        award.Title = input.Title!.Trim();
        award.Event = input.Event?.Trim() ?? "";
        award.EventOn = input.EventOn!.Value;
        award.GrantedOn = input.GrantedOn!.Value;
        award.IsGrassroots = input.IsGrassroots;
        award.DocumentNumber = input.DocumentNumber?.Trim() ?? "";
    }

    private static IQueryable<Award> InScope(JicengDbContext db, DataScope scope) =>
        db.Awards.Where(a => a.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    /// <summary>A cadre's awards, latest grant first; null when the cadre is not in scope.</summary>
    public static async Task<IReadOnlyList<Award>?> ListForCadreAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct)
            ? await db.Awards.AsNoTracking().Where(a => a.CadreId == cadreId).OrderByDescending(a => a.GrantedOn).ThenByDescending(a => a.Id).ToListAsync(ct)
            : null;

    public static Task<Award?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        InScope(db, scope).AsNoTracking().Include(a => a.Cadre).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Corrects an award read at <paramref name="expectedVersion"/>.</summary>
    public static async Task<CommandResult<Award>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, AwardInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var award = await InScope(db, scope).FirstOrDefaultAsync(a => a.Id == id, ct);
        return award is null
            ? CommandResult<Award>.Missing()
            : await VersionedUpdate.RunAsync(db, award, expectedVersion, () => Task.FromResult(Validate(input, today)), () => Apply(award, input),
                () => db.Awards.AsNoTracking().FirstAsync(a => a.Id == id, ct), ct);
    }

    /// <summary>Deletes an award entered by mistake; false when it is not in scope.</summary>
    public static async Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await InScope(db, scope).FirstOrDefaultAsync(a => a.Id == id, ct), ct);

    /// <summary>The awards in scope matching the filter, latest grant first, at most <paramref name="take"/>.</summary>
    public static async Task<IReadOnlyList<AwardRow>> SearchAsync(JicengDbContext db, DataScope scope, AwardFilter filter, int take, CancellationToken ct = default)
    {
        var q = InScope(db, scope).AsNoTracking();
        if (filter.Year is { } y)
        {
            var (start, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            q = q.Where(a => a.GrantedOn >= start && a.GrantedOn <= end);
        }

        if (filter.Kind is { } k)
        {
            q = q.Where(a => a.Kind == k);
        }

        if (filter.Grassroots is { } g)
        {
            q = q.Where(a => a.IsGrassroots == g);
        }

        if (filter.CadreId is { } c)
        {
            q = q.Where(a => a.CadreId == c);
        }

        if (filter.OrgUnitId is { } u)
        {
            var path = await db.OrgUnits.InScope(scope).Where(o => o.Id == u).Select(o => o.Path).FirstOrDefaultAsync(ct) ?? "\0";
            q = q.Where(a => a.Cadre!.OrgUnit!.Path.StartsWith(path));
        }

        var rows = await q.OrderByDescending(a => a.GrantedOn).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new { a, a.Cadre!.Name, Unit = a.Cadre.OrgUnit!.Name })
            .ToListAsync(ct);
        return [.. rows.Select(r => new AwardRow(r.a.Id, r.a.CadreId, r.Name, r.Unit, r.a.Kind, Award.KindLabel(r.a.Kind), r.a.Title, r.a.Event,
            r.a.EventOn, r.a.GrantedOn, r.a.IsGrassroots, r.a.DocumentNumber, r.a.Version))];
    }

    /// <summary>
    /// The grassroots share of the awards granted in <paramref name="year"/> up to <paramref name="asOf"/> to cadres in
    /// scope (R5.3 counts per district; a district user's scope is the district).
    /// </summary>
    public static async Task<AwardShare> ShareAsync(JicengDbContext db, DataScope scope, int year, DateOnly asOf, PolicyProfile profile, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = asOf < new DateOnly(year, 12, 31) ? asOf : new DateOnly(year, 12, 31);
        var flags = await InScope(db, scope).AsNoTracking().Where(a => a.GrantedOn >= start && a.GrantedOn <= end).Select(a => a.IsGrassroots).ToListAsync(ct);
        return new AwardShare(year, end, flags.Count, flags.Count(f => f), profile.OptionalDecimal(ParameterIds.P5.GrassrootsAwardShareMin));
    }
}
