using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Reserve development records (后备力量培养: trainings attended, parts taken in village affairs; shown on the village
/// page) by cadre ID number + village code + day + content (the natural key): a stored record of that reserve's stretch
/// in the pool with that day and content gets the file's kind and hours, otherwise one is added. A record belongs to the
/// reserve's stretch in the village's pool that holds its day (stretches do not overlap), as the API adds it under a
/// stretch; checked by <see cref="ReserveDevelopmentCommands.Validate"/> as the API checks it.
/// </summary>
public sealed class ReserveDevelopmentImport : ImportKind<ReserveDevelopmentImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, UnitRef Village, ReserveDevelopmentInput Input);

    /// <summary>A stretch open since the first record day: lets a row's own fields be checked before its stretch is found.</summary>
    private static readonly ReservePoolMembership AnyStretch = new() { From = DateOnly.MinValue };

    private Dictionary<string, CadreRef> _cadres = [];
    private readonly Dictionary<int, int> _membership = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "reserve-records";

    public override string Label => "后备干部培养记录";

    public override string NaturalKey => "身份证号码、村（社区）代码、日期和内容";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "后备干部的身份证号码（须在该村（社区）后备干部库中）") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("orgUnitCode", "村（社区）代码", true, "后备干部库所在村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("orgUnitName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("kind", "类别", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<ReserveDevelopmentKind>() },
        new("on", "日期", true, "yyyy-MM-dd，须在该干部入库至出库期间；持续多日的填第一天"),
        new("content", "内容", true, $"培训名称或参与的村级工作，不超过{ReserveDevelopmentRecord.ContentMaxLength}个字"),
        new("hours", "学时", false, $"仅学习培训填写，大于0、不超过{ReserveDevelopmentRecord.MaxHours:0}，最多一位小数"),
    ];

    /// <summary>The records of the reserves of the villages in scope, in template form, by village code, day and cadre.
    /// With <paramref name="fullIdNumbers"/> false the ID numbers are masked (such a file shows the list but does not
    /// re-import): the caller decides from the user's role and audits a full-number export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        JicengDbContext db, DataScope scope, CancellationToken ct, bool fullIdNumbers = true)
    {
        var rows = await db.ReserveDevelopmentRecords.AsNoTracking().Where(r => db.OrgUnits.InScope(scope).Any(u => u.Id == r.Membership!.OrgUnitId))
            .Select(r => new { Record = r, Cadre = r.Membership!.Cadre!, r.Membership.OrgUnit!.Code, r.Membership.OrgUnit.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Record.On).ThenBy(r => r.Cadre.Id).ThenBy(r => r.Record.Content, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["idNumber"] = fullIdNumbers ? r.Cadre.IdNumber.Value : r.Cadre.IdNumber.Masked, ["name"] = r.Cadre.Name,
                ["orgUnitCode"] = r.Code, ["orgUnitName"] = r.Name, ["kind"] = EnumLabels.Label(r.Record.Kind), ["on"] = r.Record.On,
                ["content"] = r.Record.Content, ["hours"] = r.Record.Hours,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = row.Text("idNumber", required: true)?.ToUpperInvariant();
        if (id is not null && !IdCardNumber.TryParse(id, out _, out var idError))
        {
            row.Error("idNumber", id, idError);
        }

        var code = row.Text("orgUnitCode", required: true);
        var village = session.UnitInScope(code);
        if (code is not null && village is null)
        {
            row.Error("orgUnitCode", code, "单位不存在或不在您的管理范围内");
        }

        var input = new ReserveDevelopmentInput(row.Choice<ReserveDevelopmentKind>("kind", required: true), row.Date("on"), row.Text("content"), Hours(row));
        row.Add(ReserveDevelopmentCommands.Validate(AnyStretch, input));
        return row.Ok ? new Row(id!, row.Text("name"), village!, input with { Content = input.Content!.Trim() }) : null;
    }

    private static decimal? Hours(ImportRowReader row)
    {
        var text = row.Text("hours");
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var hours))
        {
            return hours;
        }

        row.Error("hours", text, "应为数字，最多一位小数");
        return null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Village.Code}|{Dates.Format(item.Input.On!.Value)}|{item.Input.Content}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        _cadres = await CadreLookup.FindAsync(session, rows.Select(r => IdCardNumber.Parse(r.Item.IdNumber)), ct);
        var cadreIds = _cadres.Values.Where(c => c.InScope).Select(c => c.Id).Distinct().ToList();
        var stretches = new List<ReservePoolMembership>();
        foreach (var chunk in cadreIds.Chunk(500))
        {
            stretches.AddRange(await db.ReservePoolMemberships.AsNoTracking().Where(m => chunk.Contains(m.CadreId)).ToListAsync(ct));
        }

        var byPool = stretches.ToLookup(m => (m.CadreId, m.OrgUnitId));
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

            var pool = byPool[(cadre.Id, row.Village.Id)].OrderBy(m => m.From).ToList();
            if (pool.Count == 0)
            {
                session.Errors.Add(new ImportError(number, "村（社区）代码", row.Village.Code, $"{cadre.Name}不在{row.Village.Name}的后备干部库中（请先导入村级后备干部）"));
                continue;
            }

            // The stretch holding the day; else the API's words about the nearest earlier one (or the first).
            var on = row.Input.On!.Value;
            var stretch = pool.FirstOrDefault(m => m.IsInPoolOn(on)) ?? pool.LastOrDefault(m => m.From <= on) ?? pool[0];
            var errors = ReserveDevelopmentCommands.Validate(stretch, row.Input);
            session.Errors.AddRange(errors.Select(e => new ImportError(number, Header(e.Field), e.Field == "on" ? Dates.Format(on) : null, ImportRowReader.ReasonOf(e))));
            if (errors.Count == 0)
            {
                _membership[number] = stretch.Id;
            }
        }

        var membershipIds = _membership.Values.Distinct().ToList();
        var stored = new Dictionary<(int, DateOnly, string), int>();
        foreach (var chunk in membershipIds.Chunk(500))
        {
            foreach (var r in await db.ReserveDevelopmentRecords.AsNoTracking().Where(r => chunk.Contains(r.MembershipId))
                .Select(r => new { r.Id, r.MembershipId, r.On, r.Content }).ToListAsync(ct))
            {
                stored.TryAdd((r.MembershipId, r.On, r.Content), r.Id);
            }
        }

        foreach (var (number, row) in rows)
        {
            if (_membership.TryGetValue(number, out var membershipId) && stored.TryGetValue((membershipId, row.Input.On!.Value, row.Input.Content!), out var target))
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target,
            (number, row) => Write(new ReserveDevelopmentRecord { MembershipId = _membership[number], On = row.Input.On!.Value, Content = row.Input.Content! }, row),
            (r, row) => Write(r, row), ct);

    private static ReserveDevelopmentRecord Write(ReserveDevelopmentRecord r, Row row)
    {
        r.Kind = row.Input.Kind!.Value;
        r.Hours = r.Kind == ReserveDevelopmentKind.Training ? row.Input.Hours : null;
        return r;
    }

    private string Header(string key) => Columns.FirstOrDefault(c => c.Key == key)?.Header ?? key;
}
