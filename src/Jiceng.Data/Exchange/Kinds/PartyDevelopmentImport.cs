using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Data.Measures.M10VillageCadres;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Party members developed by villages (发展党员, read by R10.4) by village code + name + birth date (the natural key:
/// one person is admitted once): a stored member with that key gets the file's admission day and cadre link, otherwise
/// one is added. Checked by <see cref="PartyDevelopmentCommands.Validate"/> as the API checks it (a village, 18 full years
/// on the admission day); the optional cadre is named by ID number (the record itself stores none) and must be a cadre
/// in the user's scope, as the API's cadre id must. A file without the cadre column leaves the stored links alone.
/// </summary>
public sealed class PartyDevelopmentImport : ImportKind<PartyDevelopmentImport.Row>
{
    public sealed record Row(UnitRef Village, PartyDevelopmentInput Input, string? CadreIdNumber, bool HasCadreColumn);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["orgUnitId"] = "orgUnitCode", ["cadreId"] = "cadreIdNumber",
    };

    private Dictionary<string, CadreRef> _cadres = [];
    private readonly Dictionary<int, int> _target = [];

    public override string Name => "party-members";

    public override string Label => "发展党员";

    public override string NaturalKey => "村（社区）代码、姓名和出生日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("orgUnitCode", "村（社区）代码", true, "发展该党员的村（社区）党组织所在村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("orgUnitName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("name", "姓名", true, $"不超过{PartyMemberDevelopment.NameMaxLength}个字"),
        new("birthDate", "出生日期", true, "yyyy-MM-dd"),
        new("admittedOn", "接收预备党员日期", true, $"yyyy-MM-dd，当日须年满{PartyDevelopmentCommands.MinimumAge}周岁") { Aliases = ["接收日期"] },
        new("ageOnAdmission", "接收时年龄", false, "仅供阅读，导入时不读取（由出生日期和接收日期计算）"),
        new("cadreIdNumber", "关联干部身份证号码", false, "该党员同时是已登记干部（如后备干部）时填写，否则留空") { Text = true },
    ];

    /// <summary>The members developed by the villages in scope, in template form, by village code, admission day and
    /// name. With <paramref name="fullIdNumbers"/> false the linked cadres' ID numbers are masked (such a file shows the
    /// list but does not re-import the links): the caller decides from the user's role and audits a full-number export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(
        JicengDbContext db, DataScope scope, CancellationToken ct, bool fullIdNumbers = true)
    {
        var rows = await db.PartyMemberDevelopments.AsNoTracking().Where(m => db.OrgUnits.InScope(scope).Any(u => u.Id == m.OrgUnitId))
            .Select(m => new { Member = m, m.OrgUnit!.Code, UnitName = m.OrgUnit.Name, m.Cadre })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Member.AdmittedOn).ThenBy(r => r.Member.Name, StringComparer.Ordinal)
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["orgUnitCode"] = r.Code, ["orgUnitName"] = r.UnitName, ["name"] = r.Member.Name, ["birthDate"] = r.Member.BirthDate,
                ["admittedOn"] = r.Member.AdmittedOn, ["ageOnAdmission"] = r.Member.AgeOnAdmission,
                ["cadreIdNumber"] = r.Cadre is not { IdNumber: var id } ? null : fullIdNumbers ? id.Value : id.Masked,
            }).ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var code = row.Text("orgUnitCode", required: true);
        var village = session.UnitInScope(code);
        if (code is not null && village is null)
        {
            row.Error("orgUnitCode", code, "单位不存在或不在您的管理范围内");
        }

        var idNumber = row.Text("cadreIdNumber")?.ToUpperInvariant();
        if (idNumber is not null && !IdCardNumber.TryParse(idNumber, out _, out var idError))
        {
            row.Error("cadreIdNumber", idNumber, idError);
        }

        // The cadre is resolved by CheckAsync (a set-based lookup); its id is not one of the record's own checks.
        var input = new PartyDevelopmentInput(row.Text("name"), row.Date("birthDate"), row.Date("admittedOn"), null);
        row.Add(PartyDevelopmentCommands.Validate(village?.Kind ?? Core.Org.OrgUnitKind.Village, input), ColumnOfField);
        return row.Ok ? new Row(village!, input with { Name = input.Name!.Trim() }, idNumber, row.Has("cadreIdNumber")) : null;
    }

    protected override string Key(Row item) => $"{item.Village.Code}|{item.Input.Name}|{Dates.Format(item.Input.BirthDate!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadres = await CadreLookup.FindAsync(session, rows.Where(r => r.Item.CadreIdNumber is not null).Select(r => IdCardNumber.Parse(r.Item.CadreIdNumber!)), ct);
        var villageIds = rows.Select(r => r.Item.Village.Id).Distinct().ToList();
        var stored = new Dictionary<(int, string, DateOnly), int>();
        foreach (var chunk in villageIds.Chunk(500))
        {
            foreach (var m in await session.Db.PartyMemberDevelopments.AsNoTracking().Where(m => chunk.Contains(m.OrgUnitId))
                .Select(m => new { m.Id, m.OrgUnitId, m.Name, m.BirthDate }).ToListAsync(ct))
            {
                stored.TryAdd((m.OrgUnitId, m.Name, m.BirthDate), m.Id);
            }
        }

        foreach (var (number, row) in rows)
        {
            if (row.CadreIdNumber is { } id && (!_cadres.TryGetValue(id, out var cadre) || !cadre.InScope))
            {
                session.Errors.Add(new ImportError(number, "关联干部身份证号码", IdCardNumber.Parse(id).Masked, "未找到该干部，或不在您的管理范围内（请先导入干部）"));
            }

            if (stored.TryGetValue((row.Village.Id, row.Input.Name!, row.Input.BirthDate!.Value), out var target))
            {
                _target[number] = target;
            }
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct) =>
        ImportUpsert.RunAsync(session, rows, _target,
            (_, row) => Write(new PartyMemberDevelopment { OrgUnitId = row.Village.Id, Name = row.Input.Name!, BirthDate = row.Input.BirthDate!.Value }, row),
            (m, row) => Write(m, row), ct);

    private PartyMemberDevelopment Write(PartyMemberDevelopment m, Row row)
    {
        m.AdmittedOn = row.Input.AdmittedOn!.Value;
        if (row.HasCadreColumn)
        {
            m.CadreId = row.CadreIdNumber is { } cadreNumber ? _cadres[cadreNumber].Id : null;
        }

        return m;
    }
}
