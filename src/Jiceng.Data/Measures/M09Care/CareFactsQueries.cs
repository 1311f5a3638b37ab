using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M09Care;

/// <summary>The cadres clause 九 is about and its scope gates.</summary>
public static class CareScope
{
    /// <summary>Grassroots categories (not reserves, not district-organ staff).</summary>
    public static readonly CadreCategory[] Grassroots =
    [
        CadreCategory.TownshipCivilServant, CadreCategory.TownshipInstitutionStaff, CadreCategory.VillageCadre,
        CadreCategory.CollegeGraduateVillageOfficial, CadreCategory.SelectedGraduate,
    ];

    /// <summary>Grassroots cadres in scope holding a post on <paramref name="day"/>.</summary>
    public static IQueryable<Cadre> Serving(JicengDbContext db, DataScope scope, DateOnly day) =>
        db.Cadres.AsNoTracking().InScope(scope)
            .Where(c => Grassroots.Contains(c.Category) && c.Posts.Any(p => p.Start <= day && (p.End == null || p.End >= day)));

    public static IQueryable<HeartTalk> InScope(this IQueryable<HeartTalk> talks, DataScope scope) =>
        talks.Where(t => t.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<HealthCheckup> InScope(this IQueryable<HealthCheckup> checkups, DataScope scope) =>
        checkups.Where(t => t.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<SafetyIncident> InScope(this IQueryable<SafetyIncident> incidents, DataScope scope) =>
        incidents.Where(t => t.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<VillageStationing> InScope(this IQueryable<VillageStationing> stationings, DataScope scope) =>
        stationings.Where(t => t.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<CareActivity> InScope(this IQueryable<CareActivity> activities, DataScope scope) =>
        activities.Where(t => t.OrgUnit!.Path.StartsWith(scope.Path));

    /// <summary>A serving grassroots cadre as a subject of R9.1 and R9.2.</summary>
    internal sealed record ServingCadre(int Id, string Masked, string Name, int OrgUnitId, string Path)
    {
        public Subject Subject => CadreSubject(Id, Masked, Name, OrgUnitId, Path);
    }

    /// <summary>
    /// <see cref="Serving"/> read once per evaluation, by id: R9.1 and R9.2 judge the same cadres, so the second family
    /// reuses the first one's read instead of running the same query again (its saving at province size is not measured yet).
    /// </summary>
    internal static Task<List<ServingCadre>> ServingCadresAsync(JicengDbContext db, DataScope scope, DateOnly day, CancellationToken ct) =>
        EvaluationSession.SharedAsync(db, ("care-serving", scope.Path, day), async () =>
        {
            var rows = await Serving(db, scope, day)
                .Select(c => new ServingCadre(c.Id, EF.Property<string>(c, IdNumberMapping.MaskedProperty), c.Name, c.OrgUnitId, c.OrgUnit!.Path))
                .ToListAsync(ct);
            rows.Sort((a, b) => a.Id.CompareTo(b.Id));
            return rows;
        });

    internal static Subject CadreSubject(int id, string maskedIdNumber, string name, int unitId, string unitPath) =>
        new(SubjectKind.Cadre, id, maskedIdNumber, name, unitId, unitPath);
}

/// <summary>R9.1's facts: grassroots cadres serving on the as-of day (read once with R9.2's), their talks of the year so far (one grouped query)
/// and whether stationed in a village that day (one query). The talks and stationings are read for the scope and kept
/// for the serving cadres in memory: a semi-join on the serving set would compute it again in each statement.</summary>
public sealed class TalkFactsQuery : FactsQuery<IReadOnlyList<TalkFacts>>
{
    public override async Task<IReadOnlyList<TalkFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (from, asOf) = (context.YearStart, context.AsOf);
        var rows = await CareScope.ServingCadresAsync(db, scope, asOf, ct);
        var talks = await db.HeartTalks.AsNoTracking().InScope(scope)
            .Where(t => t.TalkedOn >= from && t.TalkedOn <= asOf)
            .GroupBy(t => t.CadreId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var stationed = (await db.VillageStationings.AsNoTracking().InScope(scope)
            .Where(s => s.Start <= asOf && (s.End == null || s.End >= asOf))
            .Select(s => s.CadreId).ToListAsync(ct)).ToHashSet();
        return [.. rows.Select(r => new TalkFacts(r.Subject, talks.GetValueOrDefault(r.Id), stationed.Contains(r.Id)))];
    }
}

/// <summary>R9.2's facts: grassroots cadres serving on the as-of day (read once with R9.1's), whether a village main cadre then (one query), and
/// their checkups of the year so far (one query, read for the scope and kept for the serving cadres in memory).</summary>
public sealed class CheckupCoverageFactsQuery : FactsQuery<IReadOnlyList<CheckupCoverageFacts>>
{
    public override async Task<IReadOnlyList<CheckupCoverageFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (from, asOf) = (context.YearStart, context.AsOf);
        var rows = await CareScope.ServingCadresAsync(db, scope, asOf, ct);
        // The village main cadres that day, one read of their posts (not a lookup per serving cadre).
        var main = (await db.PostAssignments.AsNoTracking()
            .Where(p => (p.Kind == PostKind.VillagePartySecretary || p.Kind == PostKind.VillageCommitteeDirector)
                && p.Start <= asOf && (p.End == null || p.End >= asOf) && p.Cadre!.OrgUnit!.Path.StartsWith(scope.Path))
            .Select(p => p.CadreId).ToListAsync(ct)).ToHashSet();
        var checkups = (await db.HealthCheckups.AsNoTracking()
            .InScope(scope).Where(k => k.CheckedOn >= from && k.CheckedOn <= asOf)
            .Select(k => new { k.CadreId, k.Id, k.CheckedOn, k.Institution, k.PaidBy }).ToListAsync(ct))
            .ToLookup(k => k.CadreId, k => new CheckupEntry(k.Id, k.CheckedOn, k.Institution, k.PaidBy));
        return [.. rows.Select(r => new CheckupCoverageFacts(r.Subject, main.Contains(r.Id), [.. checkups[r.Id].OrderBy(k => k.CheckedOn).ThenBy(k => k.Id)]))];
    }
}

/// <summary>R9.3/R9.4's facts: checkups of the year so far of cadres in scope, with the cadre's township hardship flag
/// (the unit's or its parent's) and whether stationed in a village on the checkup day (one query each).</summary>
public sealed class CheckupFactsQuery : FactsQuery<IReadOnlyList<CheckupFacts>>
{
    public override async Task<IReadOnlyList<CheckupFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (from, asOf) = (context.YearStart, context.AsOf);
        var inYear = db.HealthCheckups.AsNoTracking().InScope(scope).Where(k => k.CheckedOn >= from && k.CheckedOn <= asOf);
        var rows = await inYear.OrderBy(k => k.Id)
            .Select(k => new
            {
                k.Id, k.CadreId, Masked = EF.Property<string>(k.Cadre!, IdNumberMapping.MaskedProperty), k.Cadre!.Name, k.Cadre.OrgUnitId, k.Cadre.OrgUnit!.Path, k.CheckedOn, k.Institution, k.CostYuan,
                k.MentalHealthAssessed,
                Hardship = k.Cadre.OrgUnit.IsRemoteHardship || (k.Cadre.OrgUnit.Parent != null && k.Cadre.OrgUnit.Parent.IsRemoteHardship),
            }).ToListAsync(ct);
        var stationings = (await db.VillageStationings.AsNoTracking()
            .Where(s => s.Start <= asOf && (s.End == null || s.End >= from) && inYear.Any(k => k.CadreId == s.CadreId))
            .Select(s => new { s.CadreId, s.Start, s.End }).ToListAsync(ct)).ToLookup(s => s.CadreId);
        return [.. rows.Select(r => new CheckupFacts(CareScope.CadreSubject(r.CadreId, r.Masked, r.Name, r.OrgUnitId, r.Path),
            r.Id, r.CheckedOn, r.Institution, r.CostYuan, r.MentalHealthAssessed, r.Hardship,
            stationings[r.CadreId].Any(s => s.Start <= r.CheckedOn && (s.End == null || s.End >= r.CheckedOn))))];
    }
}

/// <summary>R9.5's facts: incidents of cadres in scope reported up to the end of the as-of day (China time) and not
/// closed before the year began (one query; the rule keeps those of the year).</summary>
public sealed class IncidentFactsQuery : FactsQuery<IReadOnlyList<IncidentFacts>>
{
    public override async Task<IReadOnlyList<IncidentFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var until = IncidentTimelinessRule.EndOfChinaDay(context.AsOf);
        var yearStart = IncidentTimelinessRule.EndOfChinaDay(context.YearStart.AddDays(-1));
        var rows = await db.SafetyIncidents.AsNoTracking().InScope(scope)
            .Where(i => i.ReportedAt < until && (i.ClosedAt == null || i.ClosedAt >= yearStart || i.ReportedAt >= yearStart))
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.CadreId, Masked = EF.Property<string>(i.Cadre!, IdNumberMapping.MaskedProperty), i.Cadre!.Name, i.Cadre.OrgUnitId, i.Cadre.OrgUnit!.Path, i.ReportedAt, i.AcceptedAt, i.ClosedAt })
            .ToListAsync(ct);
        return [.. rows.Select(r => new IncidentFacts(CareScope.CadreSubject(r.CadreId, r.Masked, r.Name, r.OrgUnitId, r.Path), r.Id,
            Utc(r.ReportedAt), r.AcceptedAt is { } a ? Utc(a) : null, r.ClosedAt is { } c ? Utc(c) : null))];
    }

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}

/// <summary>R9.6's facts: townships in scope and the mental-health lectures of the year so far reaching them — held by
/// the township or a unit under it, or by the district above it (one grouped query by unit, counted per township).</summary>
public sealed class LectureFactsQuery : FactsQuery<IReadOnlyList<LectureFacts>>
{
    public override async Task<IReadOnlyList<LectureFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var (from, asOf) = (context.YearStart, context.AsOf);
        var townships = await db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict)
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.Code, u.Name, u.Path, u.ParentId }).ToListAsync(ct);
        var byUnit = await db.CareActivities.AsNoTracking()
            .Where(a => a.Kind == CareActivityKind.MentalHealthLecture && a.HeldOn >= from && a.HeldOn <= asOf)
            .GroupBy(a => new { a.OrgUnitId, a.OrgUnit!.Path, a.OrgUnit.Kind })
            .Select(g => new { g.Key.OrgUnitId, g.Key.Path, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        return [.. townships.Select(t => new LectureFacts(new Subject(SubjectKind.OrgUnit, t.Id, t.Code, t.Name, t.Id, t.Path),
            byUnit.Where(u => u.Path.StartsWith(t.Path, StringComparison.Ordinal) || (u.Kind == OrgUnitKind.District && t.Path.StartsWith(u.Path, StringComparison.Ordinal)))
                .Sum(u => u.Count)))];
    }
}
