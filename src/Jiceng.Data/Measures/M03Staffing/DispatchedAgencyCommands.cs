using Jiceng.Core.Common;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M03Staffing;

/// <summary>One agency in the list, with how many of its head decisions lack the township's opinion in time.</summary>
public sealed record AgencyRow(
    int Id, string Name, int TownshipId, string TownshipName, int DepartmentId, string DepartmentName,
    DateOnly From, DateOnly? To, int Events, int WithoutOpinion, int Version);

public enum AgencySort
{
    Township = 0,
    Name = 1,
    WithoutOpinion = 2,
}

public sealed record AgencyFilter : StaffingListFilter
{
    public string? Text { get; init; }
    public int? TownshipId { get; init; }
    public int? DepartmentId { get; init; }
    /// <summary>Only agencies with a head decision lacking the township's opinion (R3.3).</summary>
    public bool WithoutOpinionOnly { get; init; }
    /// <summary>Also agencies that were closed.</summary>
    public bool IncludeEnded { get; init; }
    public AgencySort Sort { get; init; }
}

/// <summary>
/// Dispatched agencies (派驻机构) and the decisions about their heads, for agencies whose township or department is in
/// the caller's scope. An agency is ended (撤销) rather than deleted; a decision recorded in error is deleted.
/// </summary>
public static class DispatchedAgencyCommands
{
    public static async Task<Paged<AgencyRow>> ListAsync(JicengDbContext db, DataScope scope, AgencyFilter f, DateOnly today, CancellationToken ct = default)
    {
        var query = Filtered(db, scope, f, today);
        var total = await query.CountAsync(ct);
        return new Paged<AgencyRow>(await RowsAsync(Sorted(query, f).Skip(f.Skip).Take(f.Size), ct), total, f.Number, f.Size);
    }

    public static async Task<IReadOnlyList<AgencyRow>> AllAsync(JicengDbContext db, DataScope scope, AgencyFilter f, DateOnly today, int limit, CancellationToken ct = default) =>
        await RowsAsync(Sorted(Filtered(db, scope, f, today), f).Take(limit), ct);

    public static Task<DispatchedAgency?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.DispatchedAgencies.AsNoTracking().InScope(scope).Include(a => a.Township).Include(a => a.Department)
            .Include(a => a.HeadEvents.OrderByDescending(e => e.Date)).ThenInclude(e => e.Cadre)
            .FirstOrDefaultAsync(a => a.Id == id, ct);

    public static async Task<CommandResult<DispatchedAgency>> CreateAsync(JicengDbContext db, DataScope scope, DispatchedAgencyInput input, CancellationToken ct = default)
    {
        var agency = new DispatchedAgency();
        var errors = await ValidateAsync(db, scope, input, ct);
        return await VersionedUpdate.AddAsync(db, agency, errors, () => Apply(agency, input), ct);
    }

    public static async Task<CommandResult<DispatchedAgency>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, DispatchedAgencyInput input, int? expectedVersion, CancellationToken ct = default)
    {
        var agency = await db.DispatchedAgencies.InScope(scope).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
        {
            return CommandResult<DispatchedAgency>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, agency, expectedVersion,
            async () =>
            {
                var errors = (await ValidateAsync(db, scope, input, ct)).ToList();
                if (input.From is { } from && await db.AgencyHeadEvents.Where(e => e.AgencyId == id && e.Date < from).Select(e => (DateOnly?)e.Date).MinAsync(ct) is { } first)
                {
                    errors.Add(new FieldError("from", $"设立日期：晚于已登记的负责人事项日期{Dates.Format(first)}"));
                }

                return errors;
            },
            () => Apply(agency, input), () => db.DispatchedAgencies.AsNoTracking().FirstAsync(a => a.Id == id, ct), ct);
    }

    /// <summary>Ends (撤销) an agency on its last day.</summary>
    public static async Task<CommandResult<DispatchedAgency>> EndAsync(JicengDbContext db, DataScope scope, int id, DateOnly? to, int? expectedVersion, CancellationToken ct = default)
    {
        var a = await db.DispatchedAgencies.AsNoTracking().InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return CommandResult<DispatchedAgency>.Missing();
        }

        if (to is null)
        {
            return CommandResult<DispatchedAgency>.Invalid([new FieldError("to", "撤销日期：必填")]);
        }

        return await UpdateAsync(db, scope, id, new DispatchedAgencyInput(a.Name, a.TownshipId, a.DepartmentId, a.From, to), expectedVersion, ct);
    }

    public static async Task<CommandResult<AgencyHeadEvent>> AddEventAsync(
        JicengDbContext db, DataScope scope, int agencyId, AgencyHeadEventInput input, DateOnly today, CancellationToken ct = default)
    {
        var agency = await db.DispatchedAgencies.AsNoTracking().InScope(scope).FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null)
        {
            return CommandResult<AgencyHeadEvent>.Missing();
        }

        var e = new AgencyHeadEvent { AgencyId = agencyId };
        var errors = await ValidateEventAsync(db, scope, agency, e, input, today, ct);
        return await VersionedUpdate.AddAsync(db, e, errors, () => Apply(e, input), ct);
    }

    /// <summary>Changes a decision; recording the township's opinion afterwards is such a change.</summary>
    public static async Task<CommandResult<AgencyHeadEvent>> UpdateEventAsync(
        JicengDbContext db, DataScope scope, int eventId, AgencyHeadEventInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default)
    {
        var e = await db.AgencyHeadEvents.InScope(scope).Include(x => x.Agency).FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return CommandResult<AgencyHeadEvent>.Missing();
        }

        return await VersionedUpdate.RunAsync(db, e, expectedVersion,
            () => ValidateEventAsync(db, scope, e.Agency!, e, input, today, ct), () => Apply(e, input),
            () => db.AgencyHeadEvents.AsNoTracking().FirstAsync(x => x.Id == eventId, ct), ct);
    }

    public static async Task<CommandResult<AgencyHeadEvent>> DeleteEventAsync(JicengDbContext db, DataScope scope, int eventId, CancellationToken ct = default)
    {
        var e = await db.AgencyHeadEvents.InScope(scope).FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return CommandResult<AgencyHeadEvent>.Missing();
        }

        db.AgencyHeadEvents.Remove(e);
        await db.SaveChangesAsync(ct);
        return CommandResult<AgencyHeadEvent>.Ok(e);
    }

    private static IQueryable<DispatchedAgency> Filtered(JicengDbContext db, DataScope scope, AgencyFilter f, DateOnly today)
    {
        var query = db.DispatchedAgencies.AsNoTracking().InScope(scope);
        if (!f.IncludeEnded)
        {
            query = query.Where(a => a.To == null || a.To >= today);
        }

        if (f.Text?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(a => a.Name.Contains(text) || a.Township!.Name.Contains(text) || a.Department!.Name.Contains(text));
        }

        if (f.TownshipId is { } t)
        {
            query = query.Where(a => a.TownshipId == t);
        }

        if (f.DepartmentId is { } d)
        {
            query = query.Where(a => a.DepartmentId == d);
        }

        if (f.WithoutOpinionOnly)
        {
            query = query.Where(a => a.HeadEvents.Any(e => e.OpinionOn == null || e.OpinionOn > e.Date));
        }

        return query;
    }

    private static IQueryable<DispatchedAgency> Sorted(IQueryable<DispatchedAgency> q, AgencyFilter f) => (f.Sort, f.Descending) switch
    {
        (AgencySort.Name, false) => q.OrderBy(a => a.Name).ThenBy(a => a.Id),
        (AgencySort.Name, true) => q.OrderByDescending(a => a.Name).ThenBy(a => a.Id),
        (AgencySort.WithoutOpinion, false) => q.OrderBy(a => a.HeadEvents.Count(e => e.OpinionOn == null || e.OpinionOn > e.Date)).ThenBy(a => a.Id),
        (AgencySort.WithoutOpinion, true) => q.OrderByDescending(a => a.HeadEvents.Count(e => e.OpinionOn == null || e.OpinionOn > e.Date)).ThenBy(a => a.Id),
        (_, false) => q.OrderBy(a => a.Township!.SortOrder).ThenBy(a => a.Name).ThenBy(a => a.Id),
        (_, true) => q.OrderByDescending(a => a.Township!.SortOrder).ThenBy(a => a.Name).ThenBy(a => a.Id),
    };

    // The opinion test is AgencyHeadOpinionRule.LacksOpinion written as SQL: no opinion, or one after the decision.
    private static async Task<IReadOnlyList<AgencyRow>> RowsAsync(IQueryable<DispatchedAgency> q, CancellationToken ct) =>
        await q.Select(a => new AgencyRow(a.Id, a.Name, a.TownshipId, a.Township!.Name, a.DepartmentId, a.Department!.Name, a.From, a.To,
            a.HeadEvents.Count, a.HeadEvents.Count(e => e.OpinionOn == null || e.OpinionOn > e.Date), a.Version)).ToListAsync(ct);

    private static async Task<IReadOnlyList<FieldError>> ValidateAsync(JicengDbContext db, DataScope scope, DispatchedAgencyInput input, CancellationToken ct)
    {
        var township = input.TownshipId is { } t ? await db.OrgUnits.AsNoTracking().InScope(scope).FirstOrDefaultAsync(u => u.Id == t, ct) : null;
        // The department may lie outside a township user's scope; it only has to exist.
        var department = input.DepartmentId is { } d ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == d, ct) : null;
        var errors = StaffingValidators.Agency(input, township?.Kind, department?.Kind).ToList();
        if (input.TownshipId is > 0 && township is null)
        {
            errors.Add(new FieldError("townshipId", "所在乡镇：单位不存在或不在您的管理范围内"));
        }

        if (input.DepartmentId is > 0 && department is null)
        {
            errors.Add(new FieldError("departmentId", "派出部门：单位不存在"));
        }

        return errors;
    }

    private static async Task<IReadOnlyList<FieldError>> ValidateEventAsync(
        JicengDbContext db, DataScope scope, DispatchedAgency agency, AgencyHeadEvent current, AgencyHeadEventInput input, DateOnly today, CancellationToken ct)
    {
        var errors = StaffingValidators.HeadEvent(input, agency.From, today).ToList();
        if (input.CadreId is { } cadreId and > 0 && !await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            errors.Add(new FieldError("cadreId", "负责人：干部不存在或不在您的管理范围内"));
        }

        if (errors.Count == 0 && await db.AgencyHeadEvents.AnyAsync(e => e.AgencyId == agency.Id && e.Id != current.Id
                && e.CadreId == input.CadreId && e.Kind == input.Kind && e.Date == input.Date, ct))
        {
            errors.Add(new FieldError("date", $"日期：该负责人{Dates.Format(input.Date!.Value)}的{AgencyHeadEventLabels.Label(input.Kind!.Value)}已登记"));
        }

        return errors;
    }

    private static void Apply(DispatchedAgency a, DispatchedAgencyInput input)
    {
        a.Name = input.Name!.Trim();
        a.TownshipId = input.TownshipId!.Value;
        a.DepartmentId = input.DepartmentId!.Value;
        a.From = input.From!.Value;
        a.To = input.To;
    }

    private static void Apply(AgencyHeadEvent e, AgencyHeadEventInput input)
    {
        e.CadreId = input.CadreId!.Value;
        e.Kind = input.Kind!.Value;
        e.Date = input.Date!.Value;
        e.OpinionOn = input.OpinionOn;
        e.Opinion = input.OpinionOn is null ? null : input.Opinion;
        e.OpinionText = input.OpinionOn is null || string.IsNullOrWhiteSpace(input.OpinionText) ? null : input.OpinionText.Trim();
    }
}
