using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>
/// R3.2's moves: the not-cancelled moves out of a unit in scope dated from the evaluated year's start on (the rule
/// picks the ones it judges), with the cadre's category and grassroots service start, in one query.
/// </summary>
public sealed class CadreMoveFactsQuery : FactsQuery<IReadOnlyList<CadreMoveFacts>>
{
    public override async Task<IReadOnlyList<CadreMoveFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var start = context.YearStart;
        var rows = await db.CadreMoves.AsNoTracking()
            .Where(m => m.FromOrgUnit!.Path.StartsWith(scope.Path) && m.Status != MoveStatus.Cancelled && m.EffectiveOn >= start)
            .Select(m => new
            {
                m.Id, m.CadreId, m.Cadre!.Name, Masked = EF.Property<string>(m.Cadre!, IdNumberMapping.MaskedProperty), m.Cadre!.Category, m.Cadre.GrassrootsServiceSince,
                m.FromOrgUnitId, FromPath = m.FromOrgUnit!.Path, FromName = m.FromOrgUnit.Name, FromKind = m.FromOrgUnit.Kind,
                ToName = m.ToOrgUnit != null ? m.ToOrgUnit.Name : m.ExternalDestination, ToKind = m.ToOrgUnit != null ? (OrgUnitKind?)m.ToOrgUnit.Kind : null,
                m.EffectiveOn, m.Status,
            })
            .OrderBy(m => m.Id)
            .ToListAsync(ct);
        return rows.Select(m => new CadreMoveFacts(
            new Subject(SubjectKind.Cadre, m.CadreId, m.Masked, m.Name, m.FromOrgUnitId, m.FromPath), m.Id, m.Category, m.GrassrootsServiceSince,
            m.FromName, m.FromKind, m.ToName ?? "", m.ToKind, m.EffectiveOn, m.Status)).ToList();
    }
}

/// <summary>R4.4's counts: per district in scope, the year's done moves touching it, grouped by direction (one query for the scope).</summary>
public sealed class ExchangeYearFactsQuery : FactsQuery<IReadOnlyList<ExchangeYearFacts>>
{
    public override async Task<IReadOnlyList<ExchangeYearFacts>> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var districts = await db.OrgUnits.AsNoTracking().InScope(scope).Where(u => u.Kind == OrgUnitKind.District)
            .OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var start = context.YearStart;
        var asOf = context.AsOf;
        // The year's done moves touching the scope, read once (a few per district) and counted per district in memory,
        // instead of one grouped query per district.
        var moves = await db.CadreMoves.AsNoTracking()
            .Where(m => m.Status == MoveStatus.Done && m.EffectiveOn >= start && m.EffectiveOn <= asOf
                && (m.FromOrgUnit!.Path.StartsWith(scope.Path) || (m.ToOrgUnit != null && m.ToOrgUnit.Path.StartsWith(scope.Path))))
            .Select(m => new { m.Direction, FromPath = m.FromOrgUnit!.Path, ToPath = m.ToOrgUnit != null ? m.ToOrgUnit.Path : null })
            .ToListAsync(ct);
        return districts.Select(d => new ExchangeYearFacts(new Subject(SubjectKind.District, d.Id, d.Code, d.Name, d.Id, d.Path), context.Year,
                moves.Where(m => m.FromPath.StartsWith(d.Path, StringComparison.Ordinal) || (m.ToPath is not null && m.ToPath.StartsWith(d.Path, StringComparison.Ordinal)))
                    .GroupBy(m => m.Direction).ToDictionary(g => g.Key, g => g.Count())))
            .ToList();
    }
}

/// <summary>
/// R4.3's facts: cadres of remote townships in scope with the day their remote service began (the latest done move into
/// a remote township from elsewhere, dated by the as-of day, else the grassroots service start, whichever is later),
/// and the wishes registered by the as-of day. Three queries for the whole scope, the entries grouped per cadre.
/// </summary>
public sealed class RemoteCadreFactsQuery : FactsQuery<RemoteCadreFacts>
{
    public override async Task<RemoteCadreFacts> LoadAsync(JicengDbContext db, DataScope scope, EvaluationContext context, CancellationToken ct)
    {
        var asOf = context.AsOf;
        var remoteCadres = db.Cadres.AsNoTracking().InScope(scope)
            .Where(c => c.OrgUnit!.IsRemoteHardship && (c.OrgUnit.Kind == OrgUnitKind.Township || c.OrgUnit.Kind == OrgUnitKind.SubDistrict));
        var cadres = await remoteCadres
            .Select(c => new { c.Id, c.Name, Masked = EF.Property<string>(c, IdNumberMapping.MaskedProperty), c.OrgUnitId, UnitPath = c.OrgUnit!.Path, UnitName = c.OrgUnit.Name, c.GrassrootsServiceSince })
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        // The latest entry per cadre in one grouped query over those cadres' moves (not a correlated MAX per cadre).
        var entered = await db.CadreMoves.AsNoTracking()
            .Where(m => m.Status == MoveStatus.Done && m.EffectiveOn <= asOf
                && m.ToOrgUnit != null && m.ToOrgUnit.IsRemoteHardship
                && (m.ToOrgUnit.Kind == OrgUnitKind.Township || m.ToOrgUnit.Kind == OrgUnitKind.SubDistrict)
                && !(m.FromOrgUnit!.IsRemoteHardship && (m.FromOrgUnit.Kind == OrgUnitKind.Township || m.FromOrgUnit.Kind == OrgUnitKind.SubDistrict))
                && remoteCadres.Any(c => c.Id == m.CadreId))
            .GroupBy(m => m.CadreId)
            .Select(g => new { g.Key, EnteredOn = g.Max(m => m.EffectiveOn) })
            .ToDictionaryAsync(g => g.Key, g => g.EnteredOn, ct);

        // Good results (R4.3): the grades of the window before the evaluated year, read once for these cadres.
        var from = context.Year - GoodResults.Years;
        var grades = (await db.CadreYearlyGrades.AsNoTracking()
                .Where(g => g.Year >= from && g.Year < context.Year && remoteCadres.Any(c => c.Id == g.CadreId))
                .Select(g => new { g.CadreId, g.Year, g.GradeCode })
                .ToListAsync(ct))
            .ToLookup(g => g.CadreId, g => (g.Year, g.GradeCode));
        var remote = cadres
            .Select(c => (c, Since: Later(c.GrassrootsServiceSince, entered.TryGetValue(c.Id, out var on) ? on : null)))
            .Where(x => x.Since is not null)
            .Select(x => new RemoteServiceFacts(
                new Subject(SubjectKind.Cadre, x.c.Id, x.c.Masked, x.c.Name, x.c.OrgUnitId, x.c.UnitPath), x.c.UnitName, x.Since!.Value,
                ResultsGood: GoodResults.Of(grades[x.c.Id], context.Year)))
            .ToList();

        var wishes = await db.TransferWishes.AsNoTracking().InScope(scope)
            .Where(w => w.RegisteredOn <= asOf && (w.AnsweredOn == null || w.AnsweredOn > asOf))
            .Select(w => new { w.Id, w.CadreId, w.Cadre!.Name, Masked = EF.Property<string>(w.Cadre!, IdNumberMapping.MaskedProperty), w.Cadre!.OrgUnitId, w.Cadre.OrgUnit!.Path, w.RegisteredOn, w.Destination, w.AnsweredOn })
            .OrderBy(w => w.Id)
            .ToListAsync(ct);
        return new RemoteCadreFacts(remote, [.. wishes.Select(w => new WishFacts(
            new Subject(SubjectKind.Cadre, w.CadreId, w.Masked, w.Name, w.OrgUnitId, w.Path), w.Id, w.RegisteredOn, w.Destination, w.AnsweredOn))]);
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
