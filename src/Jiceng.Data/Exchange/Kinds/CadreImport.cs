using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Microsoft.EntityFrameworkCore;
using Tables = Jiceng.Core.CodeTables.CodeTables;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Cadres by ID number (the natural key): a number already registered in scope updates that cadre, a new one adds a
/// cadre, a number registered outside the user's scope is refused as the API refuses it. Every row is checked by
/// <see cref="CadreValidator"/>, the API's validator; the unit is given by its division code and must lie in scope.
/// </summary>
public sealed class CadreImport : ImportKind<CadreInput>
{
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal) { ["orgUnitId"] = "orgUnitCode" };

    private Dictionary<string, CadreRef> _stored = [];

    public override string Name => "cadres";

    public override string Label => "干部";

    public override string NaturalKey => "身份证号码";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("idNumber", "身份证号码", true, "18位公民身份号码（GB 11643），设为文本格式") { Text = true, Aliases = ["身份证号", "公民身份号码"] },
        new("name", "姓名", true, $"不超过{Cadre.NameMaxLength}个字"),
        new("sexCode", "性别", true, "男 / 女（须与身份证号码一致）") { Choices = ["男", "女"] },
        new("birthDate", "出生日期", true, "yyyy-MM-dd（须与身份证号码一致）"),
        new("ethnicityCode", "民族", true, "GB/T 3304，从下拉列表中选择") { Choices = Labels(Tables.Ethnicity) },
        new("politicalStatusCode", "政治面貌", true, "GB/T 4762，从下拉列表中选择") { Choices = Labels(Tables.PoliticalStatus) },
        new("educationCode", "学历", false, "ZB64，从下拉列表中选择") { Choices = Labels(Tables.Education) },
        new("degreeCode", "学位", false, "GB/T 6864，从下拉列表中选择") { Choices = Labels(Tables.Degree) },
        new("major", "专业", false, $"不超过{Cadre.MajorMaxLength}个字"),
        new("category", "干部类别", true, "从下拉列表中选择") { Choices = EnumLabels.Labels<CadreCategory>(), Aliases = ["人员类别"] },
        new("orgUnitCode", "所在单位代码", true, "所在单位的12位区划代码（须在您的管理范围内）") { Text = true, Aliases = ["单位代码"] },
        new("orgUnitName", "所在单位", false, "仅供核对，导入时不读取") { Aliases = ["所在单位名称"] },
        new("joinedWorkOn", "参加工作时间", false, "yyyy-MM-dd"),
        new("joinedPartyOn", "入党时间", false, "yyyy-MM-dd"),
        new("grassrootsServiceSince", "基层服务起始时间", false, "yyyy-MM-dd，不早于参加工作时间"),
        new("homeRegionCode", "籍贯（户籍地）", false, "GB/T 2260 六位行政区划代码") { Text = true, Aliases = ["籍贯"] },
    ];

    /// <summary>"01 汉族": the code for the machine and the label for the person choosing.</summary>
    internal static IReadOnlyList<string> Labels(Core.CodeTables.CodeTable table) => table.Entries.Select(e => $"{e.Code} {e.Label}").ToList();

    protected override async Task LoadAsync(ImportSession session, CancellationToken ct) => await session.UnitsAsync(ct);

    protected override CadreInput? Parse(ImportSession session, ImportRowReader row)
    {
        var unitCode = row.Text("orgUnitCode");
        var unit = session.UnitInScope(unitCode);
        var input = new CadreInput
        {
            Name = row.Text("name"),
            IdNumber = row.Text("idNumber")?.ToUpperInvariant(),
            SexCode = row.Code("sexCode", Tables.Sex),
            BirthDate = row.Date("birthDate"),
            EthnicityCode = row.Code("ethnicityCode", Tables.Ethnicity),
            PoliticalStatusCode = row.Code("politicalStatusCode", Tables.PoliticalStatus),
            EducationCode = row.Code("educationCode", Tables.Education),
            DegreeCode = row.Code("degreeCode", Tables.Degree),
            Major = row.Text("major"),
            Category = row.Choice<CadreCategory>("category", required: false),
            JoinedWorkOn = row.Date("joinedWorkOn"),
            JoinedPartyOn = row.Date("joinedPartyOn"),
            GrassrootsServiceSince = row.Date("grassrootsServiceSince"),
            HomeRegionCode = row.Code("homeRegionCode", Tables.Regions),
            OrgUnitId = unit?.Id,
        };
        var errors = CadreValidator.Validate(input, session.Today);
        if (unitCode is not null && unit is null)
        {
            row.Error("orgUnitCode", unitCode, "单位不存在或不在您的管理范围内");
            errors = errors.Where(e => e.Field != "orgUnitId").ToList();
        }

        row.Add(errors, ColumnOfField);
        return row.Ok ? input : null;
    }

    protected override string Key(CadreInput item) => item.IdNumber!;

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<CadreInput>> rows, CancellationToken ct)
    {
        _stored = await CadreLookup.FindAsync(session, rows.Select(r => IdCardNumber.Parse(r.Item.IdNumber!)), ct);
        foreach (var (number, input) in rows)
        {
            if (_stored.TryGetValue(input.IdNumber!, out var holder) && !holder.InScope)
            {
                session.Errors.Add(new ImportError(number, "身份证号码", IdCardNumber.Parse(input.IdNumber!).Masked, CadreLookup.OutsideScope));
            }
        }
    }

    /// <summary>A province roster (500,000 rows) is checked and written 5,000 rows at a time: one lookup of the batch's
    /// numbers, the new cadres through the bulk path, memory bounded by the batch.</summary>
    protected override int? BatchRows => 5_000;

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<CadreInput>> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var db = session.Db;
        var tracked = new Dictionary<int, Cadre>();
        foreach (var chunk in _stored.Values.Select(c => c.Id).Chunk(500))
        {
            foreach (var c in await db.Cadres.Where(c => chunk.Contains(c.Id)).ToListAsync(ct))
            {
                tracked[c.Id] = c;
            }
        }

        var updates = new List<Cadre>();
        var created = new List<object>();
        var done = 0;
        foreach (var (_, input) in rows)
        {
            if (_stored.TryGetValue(input.IdNumber!, out var holder))
            {
                var cadre = tracked[holder.Id];
                CadreValidator.Apply(input, cadre);
                updates.Add(cadre);
            }
            else
            {
                var cadre = new Cadre();
                CadreValidator.Apply(input, cadre);
                created.Add(cadre);
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        // Changed cadres through the change tracker (audited with before and after, versions bumped), then let go.
        session.CountChanges(updates);

        await db.SaveChangesAsync(ct);
        foreach (var cadre in tracked.Values)
        {
            db.Entry(cadre).State = EntityState.Detached;
        }

        // New cadres through the bulk path, each audited as a save would audit it, in the import's transaction.
        if (created.Count > 0)
        {
            await session.BulkInsertAsync(created, ct);
            session.Counts.Created += created.Count;
        }
    }

    /// <summary>The template's row for a stored cadre (the round trip of <c>export → import</c>).</summary>
    internal static IReadOnlyDictionary<string, object?> RowOf(Cadre c, string unitCode, string unitName) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["idNumber"] = c.IdNumber.Value,
        ["name"] = c.Name,
        ["sexCode"] = Tables.Sex.LabelOf(((int)c.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ["birthDate"] = c.BirthDate,
        ["ethnicityCode"] = Both(Tables.Ethnicity, c.EthnicityCode),
        ["politicalStatusCode"] = Both(Tables.PoliticalStatus, c.PoliticalStatusCode),
        ["educationCode"] = Both(Tables.Education, c.EducationCode),
        ["degreeCode"] = Both(Tables.Degree, c.DegreeCode),
        ["major"] = c.Major,
        ["category"] = EnumLabels.Label(c.Category),
        ["orgUnitCode"] = unitCode,
        ["orgUnitName"] = unitName,
        ["joinedWorkOn"] = c.JoinedWorkOn,
        ["joinedPartyOn"] = c.JoinedPartyOn,
        ["grassrootsServiceSince"] = c.GrassrootsServiceSince,
        ["homeRegionCode"] = c.HomeRegionCode,
    };

    private static string? Both(Core.CodeTables.CodeTable table, string? code) =>
        code is null ? null : table.Find(code) is { } e ? $"{e.Code} {e.Label}" : code;
}
