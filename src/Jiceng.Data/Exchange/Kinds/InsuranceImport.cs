using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Village cadres' insurance enrolments (R8.3: accident; pension with the yearly contribution) by cadre ID number +
/// village code + insurance kind + start day (the natural key): a stored enrolment with that key gets the file's insurer,
/// policy number, end and contribution, otherwise one is added. Each row is checked by
/// <see cref="VillagePayCommands.ValidateAsync(JicengDbContext, DataScope, InsuranceInput, DateOnly, CancellationToken)"/>,
/// as <c>POST /api/v1/village-insurances</c> checks it, and written by the API's own apply, so a pension row's subsidy is
/// the <c>pension</c> calculator's under the profile in force on 31 December of its first year (<see cref="ImportSession.ProfileOn"/>).
/// </summary>
public sealed class InsuranceImport : ImportKind<InsuranceImport.Row>
{
    public sealed record Row(ImportRowReader Reader, string IdNumber, string? Name, UnitRef Village, InsuranceInput Input);

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["villageId"] = "villageCode", ["cadreId"] = "idNumber",
    };

    private readonly Dictionary<int, int> _target = [];
    private readonly Dictionary<int, InsuranceInput> _resolved = [];

    public override string Name => "village-insurances";

    public override string Label => "村干部参保";

    public override string NaturalKey => "身份证号码、村（社区）代码、险种和起保日期";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "已登记干部的身份证号码") { Text = true, Aliases = ["身份证号"] },
        new("name", "姓名", false, "填写时须与该身份证号码登记的姓名一致"),
        new("villageCode", "村（社区）代码", true, "干部任职的村（社区）的12位区划代码") { Text = true, Aliases = ["单位代码"] },
        new("villageName", "村（社区）名称", false, "仅供阅读，导入时不读取"),
        new("kind", "险种", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<InsuranceKind>() },
        new("insurer", "承保机构", true, $"不超过{VillageCadreInsurance.InsurerMaxLength}字"),
        new("policyNumber", "保单号", false, $"不超过{VillageCadreInsurance.PolicyNumberMaxLength}字") { Text = true },
        new("from", "起保日期", true, "yyyy-MM-dd，不晚于一年后的今天"),
        new("to", "止保日期", false, "yyyy-MM-dd，长期有效的留空"),
        new("contributionYuan", "本年个人缴费（元）", false, "养老保险必填，精确到分；意外伤害保险留空") { Aliases = ["个人缴费"] },
    ];

    /// <summary>The enrolments of the villages in scope, in template form, by village code, cadre, kind and start. Carries
    /// full ID numbers: the caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.VillageCadreInsurances.AsNoTracking().InScope(scope)
            .Select(i => new { i, Cadre = i.Cadre!, i.Village!.Code, VillageName = i.Village.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.i.CadreId).ThenBy(r => r.i.Kind).ThenBy(r => r.i.From)
            .Select(r => CareImportCells.TemplateRow(
                ("idNumber", r.Cadre.IdNumber.Value), ("name", r.Cadre.Name), ("villageCode", r.Code), ("villageName", r.VillageName),
                ("kind", EnumLabels.Label(r.i.Kind)), ("insurer", r.i.Insurer), ("policyNumber", r.i.PolicyNumber), ("from", r.i.From),
                ("to", r.i.To), ("contributionYuan", r.i.ContributionYuan)))
            .ToList();
    }

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CareImportCells.IdNumber(row);
        var village = CareImportCells.Village(session, row, "villageCode");
        var kind = row.Choice<InsuranceKind>("kind", required: true);
        var input = new InsuranceInput(null, village?.Id, kind, row.Text("insurer"), row.Text("policyNumber"), row.Date("from", required: true), row.Date("to"),
            CareImportCells.Number(row, "contributionYuan"));
        return row.Ok ? new Row(row, id!, row.Text("name"), village!, input) : null;
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Village.Code}|{item.Input.Kind}|{Dates.Format(item.Input.From!.Value)}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var cadres = await CareImportCells.CadresAsync(session, rows.Select(r => r.Item.IdNumber), ct);
        var cadreIds = cadres.Values.Where(c => c.InScope).Select(c => c.Id).Distinct().ToList();
        var stored = new Dictionary<(int, int, InsuranceKind, DateOnly), int>();
        foreach (var chunk in cadreIds.Chunk(500))
        {
            foreach (var i in await session.Db.VillageCadreInsurances.AsNoTracking().Where(i => chunk.Contains(i.CadreId))
                         .Select(i => new { i.Id, i.CadreId, i.VillageId, i.Kind, i.From }).ToListAsync(ct))
            {
                stored[(i.CadreId, i.VillageId, i.Kind, i.From)] = i.Id;
            }
        }

        foreach (var (number, row) in rows)
        {
            if (CareImportCells.Cadre(session, cadres, number, row.IdNumber, row.Name) is not { } cadre)
            {
                continue;
            }

            var input = row.Input with { CadreId = cadre.Id };
            if (!CareImportCells.Report(session, row.Reader, await VillagePayCommands.ValidateAsync(session.Db, session.Scope, input, session.Today, ct), ColumnOfField))
            {
                continue;
            }

            if (input.Kind == InsuranceKind.Pension && ProfileError(session, input.From!.Value.Year) is { } why)
            {
                session.Errors.Add(new ImportError(number, "本年个人缴费（元）", row.Reader.Get("contributionYuan"), why));
                continue;
            }

            _resolved[number] = input;
            if (stored.TryGetValue((cadre.Id, row.Village.Id, input.Kind!.Value, input.From!.Value), out var target))
            {
                _target[number] = target;
            }
        }
    }

    /// <summary>Why a pension subsidy of this year cannot be computed: no profile loaded, or none in force on 31 December.</summary>
    private static string? ProfileError(ImportSession session, int year)
    {
        if (session.ProfileOn is null)
        {
            return "未加载政策参数，无法按 pension 计算器核定养老保险补助，请在系统中导入";
        }

        try
        {
            session.ProfileOn(new DateOnly(year, 12, 31));
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    protected override Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        Func<int, PolicyProfile> profileOfYear = year => session.ProfileOn!(new DateOnly(year, 12, 31));
        return CareImportCells.UpsertAsync<VillageCadreInsurance>(session, _target, [.. rows.Select(r => r.Row)], (record, number) => VillagePayCommands.Apply(record, _resolved[number], profileOfYear), ct);
    }
}
