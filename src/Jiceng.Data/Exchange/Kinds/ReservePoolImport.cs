using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Stretches in a village's reserve pool (村级后备干部库) by cadre ID number + village code + entry date (the natural
/// key): a stored stretch with that key gets the file's leaving date and reason, otherwise one is added. Checked by
/// <see cref="ReservePoolCommands.Validate"/> as the API checks it, and, as the API does, one cadre's stretches in one
/// pool may not overlap (the stored stretches the file does not touch and the file's rows together).
/// </summary>
public sealed class ReservePoolImport : ImportKind<ReservePoolImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, string UnitCode, int UnitId, ReservePoolInput Input);

    private sealed record Stored(int Id, int CadreId, int OrgUnitId, DateOnly From, DateOnly? To);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["orgUnitId"] = "orgUnitCode" };

    private Dictionary<string, CadreRef> _cadres = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "reserve-pool";

    public override string Label => "村级后备干部";

    public override string NaturalKey => "身份证号码、村（社区）代码和入库日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("orgUnitCode", "村（社区）代码", true, "后备干部库所在村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("orgUnitName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("from", "入库日期", true, "yyyy-MM-dd"),
        new("to", "出库日期", false, "yyyy-MM-dd，仍在库的留空"),
        new("leaveReason", "出库原因", false, $"出库时必填，不超过{ReservePoolMembership.LeaveReasonMaxLength}个字，如“当选村委会委员”"),
    ];

    /// <summary>A stored stretch in this kind's template form (export → import reproduces it). Carries the full ID
    /// number: the caller checks the user may see it and audits the export.</summary>
    internal static IReadOnlyDictionary<string, object?> RowOf(ReservePoolMembership m, IdCardNumber id, string cadreName, string unitCode, string unitName) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["idNumber"] = id.Value,
            ["name"] = cadreName,
            ["orgUnitCode"] = unitCode,
            ["orgUnitName"] = unitName,
            ["from"] = m.From,
            ["to"] = m.To,
            ["leaveReason"] = m.LeaveReason,
        };

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = row.Text("idNumber", required: true)?.ToUpperInvariant();
        if (id is not null && !IdCardNumber.TryParse(id, out _, out var idError))
        {
            row.Error("idNumber", id, idError);
        }

        var unitCode = row.Text("orgUnitCode", required: true);
        var unit = session.UnitInScope(unitCode);
        var input = new ReservePoolInput(null, row.Date("from", required: true), row.Date("to"), row.Text("leaveReason"));
        var errors = ReservePoolCommands.Validate(unit?.Kind ?? Core.Org.OrgUnitKind.Village, input).AsEnumerable();
        if (unitCode is not null && unit is null)
        {
            row.Error("orgUnitCode", unitCode, "单位不存在或不在您的管理范围内");
        }

        row.Add(errors, ColumnOfField);
        return row.Ok ? new Row(id!, row.Text("name"), unitCode!, unit!.Id, input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.UnitCode}|{Dates.Format(item.Input.From!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadres = await CadreLookup.FindAsync(session, rows.Select(r => IdCardNumber.Parse(r.Item.IdNumber)), ct);
        var cadreIds = _cadres.Values.Where(c => c.InScope).Select(c => c.Id).Distinct().ToList();
        var stored = new List<Stored>();
        foreach (var chunk in cadreIds.Chunk(500))
        {
            stored.AddRange(await session.Db.ReservePoolMemberships.AsNoTracking().Where(m => chunk.Contains(m.CadreId))
                .Select(m => new Stored(m.Id, m.CadreId, m.OrgUnitId, m.From, m.To)).ToListAsync(ct));
        }

        var byPool = stored.ToLookup(m => (m.CadreId, m.OrgUnitId));
        var resolved = new List<(int Row, int CadreId, Row Item)>();
        foreach (var (number, row) in rows)
        {
            if (!_cadres.TryGetValue(row.IdNumber, out var cadre) || !cadre.InScope)
            {
                session.Errors.Add(new ImportError(number, "身份证号码", IdCardNumber.Parse(row.IdNumber).Masked, "未找到该干部，或不在您的管理范围内（请先导入干部）"));
                continue;
            }

            if (row.Name is { } name && !string.Equals(name, cadre.Name, StringComparison.Ordinal))
            {
                session.Errors.Add(new ImportError(number, "姓名", name, $"与该身份证号码登记的姓名“{cadre.Name}”不一致"));
            }

            if (byPool[(cadre.Id, row.UnitId)].FirstOrDefault(m => m.From == row.Input.From) is { } target)
            {
                _target[number] = target.Id;
            }

            resolved.Add((number, cadre.Id, row));
        }

        // One cadre's stretches in one pool after the import: the stored ones no row replaces, and the file's rows.
        var targeted = _target.Values.ToHashSet();
        foreach (var pool in resolved.GroupBy(r => (r.CadreId, r.Item.UnitId)))
        {
            var kept = byPool[pool.Key].Where(m => !targeted.Contains(m.Id)).Select(m => (m.From, m.To)).ToList();
            foreach (var (number, _, row) in pool)
            {
                var (from, to) = (row.Input.From!.Value, row.Input.To);
                if (kept.Any(k => k.From <= (to ?? DateOnly.MaxValue) && (k.To ?? DateOnly.MaxValue) >= from))
                {
                    session.Errors.Add(new ImportError(number, "入库日期", Dates.Format(from), ReservePoolCommands.OverlapMessage[(ReservePoolCommands.OverlapMessage.IndexOf('：', StringComparison.Ordinal) + 1)..]));
                }

                kept.Add((from, to));
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var tracked = new Dictionary<int, ReservePoolMembership>();
        foreach (var chunk in _target.Values.Chunk(500))
        {
            foreach (var m in await db.ReservePoolMemberships.Where(m => chunk.Contains(m.Id)).ToListAsync(ct))
            {
                tracked[m.Id] = m;
            }
        }

        var updates = new List<ReservePoolMembership>();
        var done = 0;
        foreach (var (number, row) in rows)
        {
            ReservePoolMembership m;
            if (_target.TryGetValue(number, out var id))
            {
                m = tracked[id];
                updates.Add(m);
            }
            else
            {
                m = new ReservePoolMembership { CadreId = _cadres[row.IdNumber].Id, OrgUnitId = row.UnitId, From = row.Input.From!.Value };
                db.ReservePoolMemberships.Add(m);
                session.Counts.Created++;
            }

            m.To = row.Input.To;
            m.LeaveReason = row.Input.To is null ? null : row.Input.LeaveReason!.Trim();
            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The stretches in the pools of the villages in scope (or of one village), in template form, by village
    /// code, entry date and cadre. With <paramref name="fullIdNumbers"/> false the ID numbers are masked (such a file
    /// shows the list but does not re-import): the caller decides from the user's role and audits a full-number export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        JicengDbContext db, DataScope scope, CancellationToken ct, int? orgUnitId = null, bool fullIdNumbers = true)
    {
        var memberships = db.ReservePoolMemberships.AsNoTracking().Where(m => db.OrgUnits.InScope(scope).Any(u => u.Id == m.OrgUnitId));
        var rows = await (orgUnitId is { } id ? memberships.Where(m => m.OrgUnitId == id) : memberships)
            .Select(m => new { Membership = m, Cadre = m.Cadre!, m.OrgUnit!.Code, m.OrgUnit.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Membership.From).ThenBy(r => r.Membership.CadreId)
            .Select(r =>
            {
                var row = RowOf(r.Membership, r.Cadre.IdNumber, r.Cadre.Name, r.Code, r.Name);
                return fullIdNumbers ? row : new Dictionary<string, object?>(row, StringComparer.Ordinal) { ["idNumber"] = r.Cadre.IdNumber.Masked };
            }).ToList();
    }
}
