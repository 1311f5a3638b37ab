using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Core.Org;
using Jiceng.Core.Policy;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M03Staffing;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M09Care;

/// <summary>A checkup without its restricted part (what every reader of the cadre sees).</summary>
public sealed record CheckupRow(int Id, int CadreId, string CadreName, string Institution, DateOnly CheckedOn, string Items, decimal CostYuan,
    CheckupPayer PaidBy, bool MentalHealthAssessed, bool HasMentalHealthResult, int Version);

/// <summary>The restricted part of a checkup, as read by a permitted role (the read audited).</summary>
public sealed record MentalHealthView(int CheckupId, int CadreId, string? Result, string? Referral, string? FollowUp, int Version);

/// <summary>An incident with its steps and whether it is overdue on the day asked.</summary>
public sealed record IncidentRow(int Id, int CadreId, string CadreName, string UnitName, DateTime ReportedAt, string Summary, DateTime? AcceptedAt,
    DateTime? ClosedAt, string? Outcome, IReadOnlyList<IncidentStep> Steps, IReadOnlyList<string> Overdue, int Version);

/// <summary>A stationing with its village's name.</summary>
public sealed record StationingRow(int Id, int CadreId, int VillageId, string VillageName, DateOnly Start, DateOnly? End);

/// <summary>An activity with the number present.</summary>
public sealed record ActivityRow(int Id, int OrgUnitId, string UnitName, CareActivityKind Kind, DateOnly HeldOn, string Title, int Attendance, int Version);

/// <summary>
/// Clause 九's records through the caller's scope, each write audited by the context's save (the mental-health fields
/// redacted in the audit details). The checkup's mental-health result, referral and follow-up are read and written
/// only through <see cref="ReadMentalHealthAsync"/> and <see cref="SetMentalHealthAsync"/>, which the caller allows
/// only to <c>Roles.MentalHealthReaders</c>; every read is audited as a sensitive read.
/// </summary>
public static class CareCommands
{
    public const string MentalHealthRecord = "HealthCheckup";
    public const string MentalHealthWhat = "MentalHealth";

    // Talks.

    public static async Task<CommandResult<HeartTalk>> AddTalkAsync(JicengDbContext db, DataScope scope, int cadreId, TalkInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<HeartTalk>.Missing();
        }

        var talk = new HeartTalk { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, talk, CareValidator.Talk(input, today), () => Apply(talk, input), ct);
    }

    public static async Task<CommandResult<HeartTalk>> UpdateTalkAsync(
        JicengDbContext db, DataScope scope, int id, TalkInput input, int? version, DateOnly today, CancellationToken ct = default)
    {
        var talk = await db.HeartTalks.InScope(scope).Include(t => t.Needs).FirstOrDefaultAsync(t => t.Id == id, ct);
        return talk is null ? CommandResult<HeartTalk>.Missing()
            : await VersionedUpdate.RunAsync(db, talk, version, () => Task.FromResult<IReadOnlyList<FieldError>>(CareValidator.Talk(input, today)),
                () =>
                {
                    db.RemoveRange(talk.Needs);
                    Apply(talk, input);
                }, () => db.HeartTalks.AsNoTracking().Include(t => t.Needs).FirstAsync(t => t.Id == id, ct), ct);
    }

    public static async Task<IReadOnlyList<HeartTalk>> TalksAsync(JicengDbContext db, DataScope scope, int cadreId, int? year, CancellationToken ct = default)
    {
        var query = db.HeartTalks.AsNoTracking().InScope(scope).Where(t => t.CadreId == cadreId);
        if (year is { } y)
        {
            query = query.Where(t => t.TalkedOn >= new DateOnly(y, 1, 1) && t.TalkedOn <= new DateOnly(y, 12, 31));
        }

        return await query.Include(t => t.Needs.OrderBy(n => n.Id)).OrderByDescending(t => t.TalkedOn).ThenByDescending(t => t.Id).ToListAsync(ct);
    }

    private static void Apply(HeartTalk talk, TalkInput input)
    {
        talk.TalkedOn = input.TalkedOn!.Value;
        talk.Talker = input.Talker!.Trim();
        talk.Topics = input.Topics!.Trim();
        talk.Needs = [.. (input.Needs ?? []).Select(n => new TalkNeed
        {
            Need = n.Need!.Trim(), Resolved = n.Resolved == true, ResolvedBy = CareValidator.Clean(n.ResolvedBy), ResolvedOn = n.ResolvedOn,
            FollowUp = CareValidator.Clean(n.FollowUp),
        })];
    }

    // Checkups.

    public static async Task<CommandResult<HealthCheckup>> AddCheckupAsync(JicengDbContext db, DataScope scope, int cadreId, CheckupInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<HealthCheckup>.Missing();
        }

        var checkup = new HealthCheckup { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, checkup, CareValidator.Checkup(input, today), () => Apply(checkup, input), ct);
    }

    public static async Task<CommandResult<HealthCheckup>> UpdateCheckupAsync(
        JicengDbContext db, DataScope scope, int id, CheckupInput input, int? version, DateOnly today, CancellationToken ct = default)
    {
        var checkup = await db.HealthCheckups.InScope(scope).FirstOrDefaultAsync(c => c.Id == id, ct);
        return checkup is null ? CommandResult<HealthCheckup>.Missing()
            : await VersionedUpdate.RunAsync(db, checkup, version, () => Task.FromResult<IReadOnlyList<FieldError>>(CareValidator.Checkup(input, today)),
                () => Apply(checkup, input), () => db.HealthCheckups.AsNoTracking().FirstAsync(c => c.Id == id, ct), ct);
    }

    /// <summary>A cadre's checkups without their restricted part, latest first.</summary>
    public static async Task<IReadOnlyList<CheckupRow>> CheckupsAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.HealthCheckups.AsNoTracking().InScope(scope).Where(c => c.CadreId == cadreId)
            .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id)
            .Select(c => new CheckupRow(c.Id, c.CadreId, c.Cadre!.Name, c.Institution, c.CheckedOn, c.Items, c.CostYuan, c.PaidBy,
                c.MentalHealthAssessed, c.MentalHealthResult != null, c.Version))
            .ToListAsync(ct);

    /// <summary>The restricted part of a checkup in scope; the read is audited. Null when absent or out of scope (not audited here).</summary>
    public static async Task<MentalHealthView?> ReadMentalHealthAsync(JicengDbContext db, DataScope scope, int id, ISensitiveReadAuditor auditor, CancellationToken ct = default)
    {
        var c = await db.HealthCheckups.AsNoTracking().InScope(scope).Where(c => c.Id == id)
            .Select(c => new { c.Id, c.CadreId, c.MentalHealthResult, c.MentalHealthReferral, c.MentalHealthFollowUp, c.Version }).FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return null;
        }

        await auditor.RecordAsync(MentalHealthRecord, c.Id.ToString(CultureInfo.InvariantCulture), MentalHealthWhat, ct);
        return new MentalHealthView(c.Id, c.CadreId, c.MentalHealthResult, c.MentalHealthReferral, c.MentalHealthFollowUp, c.Version);
    }

    /// <summary>Records the mental-health result (and referral, follow-up) of a checkup in scope; marks the item as assessed.</summary>
    public static async Task<CommandResult<HealthCheckup>> SetMentalHealthAsync(JicengDbContext db, DataScope scope, int id, MentalHealthInput input, CancellationToken ct = default)
    {
        var checkup = await db.HealthCheckups.InScope(scope).FirstOrDefaultAsync(c => c.Id == id, ct);
        return checkup is null ? CommandResult<HealthCheckup>.Missing()
            : await VersionedUpdate.RunAsync(db, checkup, input.Version, () => Task.FromResult<IReadOnlyList<FieldError>>(CareValidator.MentalHealth(input)),
                () =>
                {
                    checkup.MentalHealthAssessed = true;
                    checkup.MentalHealthResult = CareValidator.Clean(input.Result);
                    checkup.MentalHealthReferral = CareValidator.Clean(input.Referral);
                    checkup.MentalHealthFollowUp = CareValidator.Clean(input.FollowUp);
                }, () => db.HealthCheckups.AsNoTracking().FirstAsync(c => c.Id == id, ct), ct);
    }

    /// <summary>Writes a checkup's ordinary fields (the API's update, shared with the import); a stored result keeps the item assessed.</summary>
    internal static void Apply(HealthCheckup c, CheckupInput input)
    {
        c.Institution = input.Institution!.Trim();
        c.CheckedOn = input.CheckedOn!.Value;
        c.Items = input.Items!.Trim();
        c.CostYuan = input.CostYuan!.Value;
        c.PaidBy = input.PaidBy!.Value;
        c.MentalHealthAssessed = input.MentalHealthAssessed == true || c.MentalHealthResult is not null;
    }

    // Stationing in villages.

    public static async Task<CommandResult<VillageStationing>> AddStationingAsync(
        JicengDbContext db, DataScope scope, int cadreId, StationingInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<VillageStationing>.Missing();
        }

        var errors = await StationingErrorsAsync(db, input, today, ct);
        var s = new VillageStationing { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, s, errors, () => (s.VillageId, s.Start, s.End) = (input.VillageId!.Value, input.Start!.Value, input.End), ct);
    }

    /// <summary>
    /// Changes a stationing of a cadre in scope (village, start, end). Stationings carry no version: the last save wins,
    /// as for the other dated periods without one; the change is audited by the save.
    /// </summary>
    public static async Task<CommandResult<VillageStationing>> UpdateStationingAsync(
        JicengDbContext db, DataScope scope, int id, StationingInput input, DateOnly today, CancellationToken ct = default)
    {
        var s = await db.VillageStationings.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return CommandResult<VillageStationing>.Missing();
        }

        var errors = await StationingErrorsAsync(db, input, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<VillageStationing>.Invalid(errors);
        }

        (s.VillageId, s.Start, s.End) = (input.VillageId!.Value, input.Start!.Value, input.End);
        await db.SaveChangesAsync(ct);
        return CommandResult<VillageStationing>.Ok(s);
    }

    /// <summary>Deletes a stationing of a cadre in scope (audited by the save); false when none was found.</summary>
    public static async Task<bool> DeleteStationingAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.VillageStationings.InScope(scope).FirstOrDefaultAsync(x => x.Id == id, ct), ct);

    /// <summary>A cadre's stationings in scope, latest first, with the village's name.</summary>
    public static async Task<IReadOnlyList<StationingRow>> StationingsAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.VillageStationings.AsNoTracking().InScope(scope).Where(s => s.CadreId == cadreId)
            .OrderByDescending(s => s.Start).ThenByDescending(s => s.Id)
            .Select(s => new StationingRow(s.Id, s.CadreId, s.VillageId, s.Village!.Name, s.Start, s.End))
            .ToListAsync(ct);

    private static async Task<List<FieldError>> StationingErrorsAsync(JicengDbContext db, StationingInput input, DateOnly today, CancellationToken ct)
    {
        var village = input.VillageId is { } vid
            ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == vid).Select(u => (OrgUnitKind?)u.Kind).FirstOrDefaultAsync(ct)
            : null;
        return StationingErrors(input, village, today);
    }

    /// <summary>A stationing's field errors given its village's kind (null when the village was not found): the API's
    /// check, shared with the import, which finds the villages of a whole file in one query.</summary>
    internal static List<FieldError> StationingErrors(StationingInput input, OrgUnitKind? villageKind, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (villageKind is not { } kind || !kind.IsVillageLevel())
        {
            errors.Add(new("villageId", input.VillageId is null ? "驻村村（社区）：必填" : "驻村村（社区）：不存在或不是村（社区）"));
        }

        if (input.Start is not { } start)
        {
            errors.Add(new("start", "驻村开始日期：必填"));
        }
        else if (Dates.OutsideRecordRange(start) is { } outside)
        {
            errors.Add(new("start", $"驻村开始日期：{outside}"));
        }
        else if (start > today)
        {
            errors.Add(new("start", $"驻村开始日期：不能晚于今天（{Dates.Format(today)}）"));
        }
        else if (input.End is { } end && end < start)
        {
            errors.Add(new("end", "驻村结束日期：不能早于开始日期"));
        }

        return errors;
    }

    // Incidents.

    public static async Task<CommandResult<SafetyIncident>> ReportIncidentAsync(
        JicengDbContext db, DataScope scope, int cadreId, IncidentInput input, DateTimeOffset now, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<SafetyIncident>.Missing();
        }

        var incident = new SafetyIncident { CadreId = cadreId };
        return await VersionedUpdate.AddAsync(db, incident, CareValidator.Incident(input, now), () =>
        {
            incident.ReportedAt = input.ReportedAt!.Value.UtcDateTime;
            incident.Summary = input.Summary!.Trim();
        }, ct);
    }

    /// <summary>Records an acceptance, a handling step or the closing of an incident in scope (one step each, in time order).</summary>
    public static async Task<CommandResult<SafetyIncident>> AddIncidentStepAsync(
        JicengDbContext db, DataScope scope, int id, IncidentStepInput input, DateTimeOffset now, CancellationToken ct = default)
    {
        var incident = await db.SafetyIncidents.InScope(scope).Include(i => i.Steps).FirstOrDefaultAsync(i => i.Id == id, ct);
        return incident is null ? CommandResult<SafetyIncident>.Missing()
            : await VersionedUpdate.RunAsync(db, incident, input.Version, () => Task.FromResult<IReadOnlyList<FieldError>>(CareValidator.Step(incident, input, now)),
                () => ApplyStep(incident, input), () => db.SafetyIncidents.AsNoTracking().Include(i => i.Steps).FirstAsync(i => i.Id == id, ct), ct);
    }

    /// <summary>Adds a checked step to its incident: the step, and the acceptance or closing it records (shared with the import).</summary>
    internal static void ApplyStep(SafetyIncident incident, IncidentStepInput input)
    {
        var at = input.At!.Value.UtcDateTime;
        incident.Steps.Add(new IncidentStep { At = at, Action = input.Action!.Trim(), By = input.By!.Trim() });
        if (input.Kind == IncidentStepKind.Accept)
        {
            incident.AcceptedAt = at;
        }
        else if (input.Kind == IncidentStepKind.Close)
        {
            incident.ClosedAt = at;
            incident.Outcome = CareValidator.Clean(input.Outcome);
        }
    }

    /// <summary>
    /// Incidents in scope, latest first, each with its R9.5 breaches on <paramref name="today"/> (judged by the rule, the
    /// incident's facts built from the rows read); <paramref name="overdueOnly"/> keeps those with a breach still open —
    /// the organization department's to-do list.
    /// </summary>
    public static async Task<IReadOnlyList<IncidentRow>> IncidentsAsync(
        JicengDbContext db, DataScope scope, PolicyProfile profile, DateOnly today, int? cadreId, bool overdueOnly, CancellationToken ct = default)
    {
        var query = db.SafetyIncidents.AsNoTracking().InScope(scope);
        if (cadreId is { } c)
        {
            query = query.Where(i => i.CadreId == c);
        }

        if (overdueOnly)
        {
            query = query.Where(i => i.ClosedAt == null);
        }

        var rows = await query.OrderByDescending(i => i.ReportedAt).ThenByDescending(i => i.Id)
            .Select(i => new { Incident = i, CadreName = i.Cadre!.Name, UnitName = i.Cadre.OrgUnit!.Name, Steps = i.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).ToList() })
            .Take(1000).ToListAsync(ct);
        var hours = profile.Int(ParameterIds.P9.IncidentAcceptHours);
        var days = profile.Int(ParameterIds.P9.IncidentCloseDays);
        var result = new List<IncidentRow>();
        foreach (var r in rows)
        {
            var i = r.Incident;
            var facts = new IncidentFacts(new Subject(SubjectKind.Cadre, i.CadreId, "", r.CadreName, 0, ""), i.Id, Utc(i.ReportedAt),
                i.AcceptedAt is { } a ? Utc(a) : null, i.ClosedAt is { } cl ? Utc(cl) : null);
            var overdue = new[] { IncidentTimelinessRule.AcceptBreach(facts, hours, today), IncidentTimelinessRule.CloseBreach(facts, days, today) }
                .OfType<string>().ToList();
            if (overdueOnly && (i.AcceptedAt is not null ? !overdue.Any(o => o.Contains("未办结", StringComparison.Ordinal)) : overdue.Count == 0))
            {
                continue;
            }

            result.Add(new IncidentRow(i.Id, i.CadreId, r.CadreName, r.UnitName, Utc(i.ReportedAt), i.Summary, facts.AcceptedAt, facts.ClosedAt, i.Outcome,
                [.. r.Steps.Select(s => new IncidentStep { Id = s.Id, IncidentId = s.IncidentId, At = Utc(s.At), Action = s.Action, By = s.By })], overdue, i.Version));
        }

        return result;
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    // Activities.

    public static async Task<CommandResult<CareActivity>> AddActivityAsync(JicengDbContext db, DataScope scope, ActivityInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = await ActivityErrorsAsync(db, scope, input, today, ct);
        var activity = new CareActivity();
        return await VersionedUpdate.AddAsync(db, activity, errors, () => Apply(activity, input), ct);
    }

    /// <summary>Changes an activity held by a unit in scope, its attendance replaced by the list given (须带版本号).</summary>
    public static async Task<CommandResult<CareActivity>> UpdateActivityAsync(
        JicengDbContext db, DataScope scope, int id, ActivityInput input, int? version, DateOnly today, CancellationToken ct = default)
    {
        var activity = await db.CareActivities.InScope(scope).Include(a => a.Attendance).FirstOrDefaultAsync(a => a.Id == id, ct);
        return activity is null ? CommandResult<CareActivity>.Missing()
            : await VersionedUpdate.RunAsync(db, activity, version, async () => await ActivityErrorsAsync(db, scope, input, today, ct),
                () =>
                {
                    db.RemoveRange(activity.Attendance);
                    Apply(activity, input);
                }, () => db.CareActivities.AsNoTracking().Include(a => a.Attendance).FirstAsync(a => a.Id == id, ct), ct);
    }

    /// <summary>Deletes an activity held by a unit in scope with its attendance (audited by the save); false when none was found.</summary>
    public static async Task<bool> DeleteActivityAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        await VersionedUpdate.RemoveAsync(db, await db.CareActivities.InScope(scope).Include(a => a.Attendance).FirstOrDefaultAsync(a => a.Id == id, ct), ct);

    /// <summary>An activity in scope with the cadres present (id and name), for its edit form; null when absent or out of scope.</summary>
    public static async Task<(CareActivity Activity, IReadOnlyList<(int Id, string Name)> Present)?> ActivityAsync(
        JicengDbContext db, DataScope scope, int id, CancellationToken ct = default)
    {
        var a = await db.CareActivities.AsNoTracking().InScope(scope).Include(x => x.Attendance).ThenInclude(x => x.Cadre).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        IReadOnlyList<(int Id, string Name)> present = [.. a.Attendance.OrderBy(x => x.Id).Select(x => (x.CadreId, x.Cadre?.Name ?? ""))];
        return (a, present);
    }

    private static void Apply(CareActivity activity, ActivityInput input)
    {
        activity.OrgUnitId = input.OrgUnitId!.Value;
        activity.Kind = input.Kind!.Value;
        activity.HeldOn = input.HeldOn!.Value;
        activity.Title = input.Title!.Trim();
        activity.Attendance = [.. (input.CadreIds ?? []).Distinct().Select(c => new CareAttendance { CadreId = c })];
    }

    private static async Task<IReadOnlyList<FieldError>> ActivityErrorsAsync(JicengDbContext db, DataScope scope, ActivityInput input, DateOnly today, CancellationToken ct)
    {
        var errors = CareValidator.Activity(input, today);
        if (input.OrgUnitId is not { } unitId || !await db.OrgUnits.InScope(scope).AnyAsync(u => u.Id == unitId, ct))
        {
            errors.Insert(0, new("orgUnitId", "举办单位：不存在或不在您的管理范围内"));
        }

        var ids = (input.CadreIds ?? []).Distinct().ToList();
        if (errors.Count == 0 && ids.Count > 0)
        {
            var known = (await db.Cadres.InScope(scope).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
            var cadreIds = input.CadreIds!;
            for (var i = 0; i < cadreIds.Length; i++)
            {
                if (!known.Contains(cadreIds[i]))
                {
                    errors.Add(new($"cadreIds[{i}]", $"参加人员第{i + 1}项：干部不存在或不在您的管理范围内"));
                }
            }
        }

        return errors;
    }

    public static async Task<IReadOnlyList<ActivityRow>> ActivitiesAsync(JicengDbContext db, DataScope scope, int? year, CareActivityKind? kind, CancellationToken ct = default)
    {
        var query = db.CareActivities.AsNoTracking().InScope(scope);
        if (year is { } y)
        {
            query = query.Where(a => a.HeldOn >= new DateOnly(y, 1, 1) && a.HeldOn <= new DateOnly(y, 12, 31));
        }

        if (kind is { } k)
        {
            query = query.Where(a => a.Kind == k);
        }

        return await query.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id).Take(1000)
            .Select(a => new ActivityRow(a.Id, a.OrgUnitId, a.OrgUnit!.Name, a.Kind, a.HeldOn, a.Title, a.Attendance.Count, a.Version))
            .ToListAsync(ct);
    }
}
