using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Exchange.Kinds;
using Jiceng.Data.Measures.M09Care;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Clause 九's import kinds (talks, stationings, checkups, incidents, care activities): a file with bad cells stores
/// nothing and names each refused cell (row, column, value), a cadre or unit outside the scope is refused, a good file
/// commits with its counts, a re-import is unchanged, and export → import reproduces a spoiled record. The checkup
/// export never carries a mental-health result. One class for the five kinds, so each provider seeds its database once.
/// </summary>
public abstract class CareImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, string kind, IEnumerable<IReadOnlyDictionary<string, object?>> rows, string name) =>
        ImportService.RunAsync(db, scope, ImportKinds.Create(kind)!, ImportFiles.Xlsx(ImportKinds.Create(kind)!, rows),
            new ImportRequest(name, true) { Today = Today, UserName = "tester" }, ct: Ct);

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) => cells.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    private static List<(int, string, string?)> Cells(ImportResult r) => r.Errors.Select(e => (e.Row, e.Column, e.Value)).OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();

    private static (int, int, int) Counts(ImportResult r) => (r.Created, r.Updated, r.Unchanged);

    /// <summary>A township (the scope), three of its cadres, one of its villages, and another township with a cadre and a village (outside).</summary>
    private static async Task<(OrgUnit Town, DataScope Scope, List<Cadre> Cadres, OrgUnit Village, OrgUnit Other, Cadre Outsider, OrgUnit OtherVillage)> SetUpAsync(JicengDbContext db)
    {
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        var (town, other) = (towns[0], towns[1]);
        var cadres = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == town.Id).OrderBy(c => c.Id).Take(3).ToListAsync(Ct);
        var outsider = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == other.Id).OrderBy(c => c.Id).FirstAsync(Ct);
        var village = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == town.Id && u.Kind == OrgUnitKind.Village).OrderBy(u => u.Code).FirstAsync(Ct);
        var otherVillage = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == other.Id && u.Kind == OrgUnitKind.Village).OrderBy(u => u.Code).FirstAsync(Ct);
        Assert.Equal(3, cadres.Count);
        return (town, new DataScope(town.Id, town.Path), cadres, village, other, outsider, otherVillage);
    }

    [Fact]
    public async Task Talks_RefuseBadCells_Commit_ReimportUnchanged_KeepNeeds_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, scope, cadres, _, _, outsider, _) = await SetUpAsync(db);
        const string Talker = "导入测试 党委书记";
        Dictionary<string, object?> TalkRow(Cadre c, DateOnly day, string topics, string? talker = Talker, string? name = null) =>
            Row(("idNumber", c.IdNumber.Value), ("name", name ?? c.Name), ("talkedOn", day), ("talker", talker), ("topics", topics));

        try
        {
            var refused = await ImportAsync(db, scope, "talks", [
                TalkRow(cadres[0], new DateOnly(2027, 1, 1), "工作"), // after today
                TalkRow(cadres[1], new DateOnly(2013, 3, 1), "工作", talker: null),
                TalkRow(outsider, new DateOnly(2013, 3, 1), "工作"),
                TalkRow(cadres[2], new DateOnly(2013, 3, 1), "工作", name: "某某"),
            ], "错误.xlsx");
            Assert.False(refused.Committed);
            Assert.Equal([(2, "谈话日期", "2027-01-01"), (3, "谈话人", null), (4, "身份证号码", outsider.IdNumber.Masked), (5, "姓名", "某某")], Cells(refused));
            Assert.Contains("不能晚于今天", refused.Errors[0].Reason, StringComparison.Ordinal);
            Assert.False(await db.HeartTalks.AnyAsync(t => t.Talker == Talker, Ct));

            var rows = cadres.Select((c, i) => TalkRow(c, new DateOnly(2013, 3, 1 + i), $"工作生活情况{i}")).ToList();
            Assert.Equal((3, 0, 0), Counts(await ImportAsync(db, scope, "talks", rows, "谈话.xlsx")));
            Assert.Equal((0, 0, 3), Counts(await ImportAsync(db, scope, "talks", rows, "再次.xlsx")));

            // A need entered by hand stays when a re-import changes the talk's topics (needs are not part of the kind).
            var first = await db.HeartTalks.FirstAsync(t => t.Talker == Talker && t.CadreId == cadres[0].Id, Ct);
            db.Set<TalkNeed>().Add(new TalkNeed { TalkId = first.Id, Need = "子女入学" });
            await db.SaveChangesAsync(Ct);
            rows[0]["topics"] = "思想状况";
            Assert.Equal((0, 1, 2), Counts(await ImportAsync(db, scope, "talks", rows, "修改.xlsx")));
            Assert.Equal(1, await db.Set<TalkNeed>().CountAsync(n => n.TalkId == first.Id, Ct));

            var exported = (await TalkImport.ExportAsync(db, scope, Ct)).Where(r => (string?)r["talker"] == Talker).ToList();
            Assert.Equal(3, exported.Count);
            await db.HeartTalks.Where(t => t.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Topics, "被改动"), Ct);
            db.ChangeTracker.Clear();
            Assert.Equal((0, 1, 2), Counts(await ImportAsync(db, scope, "talks", exported, "导出.xlsx")));
            Assert.Equal("思想状况", (await db.HeartTalks.AsNoTracking().FirstAsync(t => t.Id == first.Id, Ct)).Topics);
        }
        finally
        {
            await db.HeartTalks.Where(t => t.Talker == Talker).ExecuteDeleteAsync(Ct);
        }
    }

    [Fact]
    public async Task Stationings_RefuseNonVillagesAndOutOfScope_Commit_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (town, scope, cadres, village, _, outsider, otherVillage) = await SetUpAsync(db);
        var start = new DateOnly(2013, 4, 1);
        Dictionary<string, object?> StationRow(Cadre c, string code, DateOnly from, DateOnly? to) =>
            Row(("idNumber", c.IdNumber.Value), ("villageCode", code), ("start", from), ("end", to));
        var ids = cadres.Select(c => c.Id).ToList();

        try
        {
            var refused = await ImportAsync(db, scope, "stationings", [
                StationRow(cadres[0], town.Code, start, null), // a township, not a village
                StationRow(cadres[1], otherVillage.Code, start, null), // outside the scope
                StationRow(cadres[2], village.Code, start, start.AddDays(-1)),
                StationRow(outsider, village.Code, start, null),
            ], "错误.xlsx");
            Assert.False(refused.Committed);
            Assert.Equal([(2, "驻村村（社区）代码", town.Code), (3, "驻村村（社区）代码", otherVillage.Code), (4, "结束日期", "2013-03-31"), (5, "身份证号码", outsider.IdNumber.Masked)], Cells(refused));
            Assert.Contains("不是村（社区）", refused.Errors[0].Reason, StringComparison.Ordinal);
            Assert.False(await db.VillageStationings.AnyAsync(s => ids.Contains(s.CadreId) && s.Start == start, Ct));

            var rows = cadres.Select((c, i) => StationRow(c, village.Code, start, i == 0 ? null : start.AddMonths(i))).ToList();
            Assert.Equal((3, 0, 0), Counts(await ImportAsync(db, scope, "stationings", rows, "驻村.xlsx")));
            Assert.Equal((0, 0, 3), Counts(await ImportAsync(db, scope, "stationings", rows, "再次.xlsx")));

            var exported = (await StationingImport.ExportAsync(db, scope, Ct)).Where(r => (DateOnly)r["start"]! == start && ids.Contains(cadres.First(c => c.IdNumber.Value == (string)r["idNumber"]!).Id)).ToList();
            Assert.Equal(3, exported.Count);
            await db.VillageStationings.Where(s => s.CadreId == cadres[0].Id && s.Start == start).ExecuteUpdateAsync(s => s.SetProperty(x => x.End, start.AddYears(1)), Ct);
            db.ChangeTracker.Clear();
            Assert.Equal((0, 1, 2), Counts(await ImportAsync(db, scope, "stationings", exported, "导出.xlsx")));
            Assert.Null((await db.VillageStationings.AsNoTracking().FirstAsync(s => s.CadreId == cadres[0].Id && s.Start == start, Ct)).End);
        }
        finally
        {
            await db.VillageStationings.Where(s => ids.Contains(s.CadreId) && s.Start == start).ExecuteDeleteAsync(Ct);
        }
    }

    [Fact]
    public async Task Checkups_RefuseBadCells_Commit_AndTheExportNeverCarriesAMentalHealthResult()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, scope, cadres, _, _, outsider, _) = await SetUpAsync(db);
        const string Institution = "导入测试体检中心";
        const string Result = "测评结果：轻度焦虑（受限信息）";
        Dictionary<string, object?> CheckupRow(Cadre c, object? cost, string payer, object? assessed) =>
            Row(("idNumber", c.IdNumber.Value), ("checkedOn", new DateOnly(2013, 5, 10)), ("institution", Institution), ("items", "血常规、心电图、心理健康测评"),
                ("costYuan", cost), ("paidBy", payer), ("mentalHealthAssessed", assessed));

        try
        {
            var refused = await ImportAsync(db, scope, "checkups", [
                CheckupRow(cadres[0], -1m, "财政", true),
                CheckupRow(cadres[1], 800m, "医保", true),
                CheckupRow(cadres[2], 800m, "财政", null),
                CheckupRow(outsider, 800m, "财政", true),
            ], "错误.xlsx");
            Assert.False(refused.Committed);
            Assert.Equal([(2, "体检费用（元）", "-1"), (3, "支付方", "医保"), (4, "是否进行心理健康测评", null), (5, "身份证号码", outsider.IdNumber.Masked)], Cells(refused));
            Assert.Contains("财政、单位、个人、其他", refused.Errors[1].Reason, StringComparison.Ordinal);
            Assert.False(await db.HealthCheckups.AnyAsync(c => c.Institution == Institution, Ct));

            var rows = cadres.Select((c, i) => CheckupRow(c, 650.5m + i, i == 0 ? "单位" : "财政", i != 2)).ToList();
            Assert.Equal((3, 0, 0), Counts(await ImportAsync(db, scope, "checkups", rows, "体检.xlsx")));
            Assert.Equal((0, 0, 3), Counts(await ImportAsync(db, scope, "checkups", rows, "再次.xlsx")));

            // A result recorded through the restricted path: no exported cell carries it, and the export has no column for it.
            var first = await db.HealthCheckups.AsNoTracking().FirstAsync(c => c.Institution == Institution && c.CadreId == cadres[0].Id, Ct);
            Assert.True((await CareCommands.SetMentalHealthAsync(db, scope, first.Id, new MentalHealthInput(first.Version, Result, "转介心理门诊", null), Ct)).Succeeded);
            db.ChangeTracker.Clear();
            var exported = (await CheckupImport.ExportAsync(db, scope, Ct)).Where(r => (string?)r["institution"] == Institution).ToList();
            Assert.Equal(3, exported.Count);
            Assert.All(exported, r => Assert.Equal(new CheckupImport().Columns.Select(c => c.Key).Order(StringComparer.Ordinal), r.Keys.Order(StringComparer.Ordinal)));
            Assert.DoesNotContain(exported.SelectMany(r => r.Values), v => v is string s && (s.Contains("焦虑", StringComparison.Ordinal) || s.Contains("转介", StringComparison.Ordinal)));
            var file = ImportFiles.Xlsx(new CheckupImport(), exported);
            Assert.DoesNotContain("焦虑", System.Text.Encoding.UTF8.GetString(Unzipped(file)), StringComparison.Ordinal);

            // Round trip: a spoiled cost comes back; the result is neither read nor touched. A result column in a file is ignored.
            await db.HealthCheckups.Where(c => c.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CostYuan, 1m), Ct);
            db.ChangeTracker.Clear();
            Assert.Equal((0, 1, 2), Counts(await ImportAsync(db, scope, "checkups", exported, "导出.xlsx")));
            var withResultColumn = exported.Select(r => new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList();
            var sneaky = await ImportService.RunAsync(db, scope, ImportKinds.Create("checkups")!, ResultColumnFile(withResultColumn), new ImportRequest("结果列.csv", true) { Today = Today, UserName = "tester" }, ct: Ct);
            Assert.True(sneaky.Committed, string.Join("\n", sneaky.Errors));
            Assert.Contains(sneaky.Notices, n => n.Contains("心理健康测评结果", StringComparison.Ordinal));
            var stored = await db.HealthCheckups.AsNoTracking().FirstAsync(c => c.Id == first.Id, Ct);
            Assert.Equal((Result, 650.5m, true), (stored.MentalHealthResult, stored.CostYuan, stored.MentalHealthAssessed));
        }
        finally
        {
            await db.HealthCheckups.Where(c => c.Institution == Institution).ExecuteDeleteAsync(Ct);
        }
    }

    /// <summary>The exported rows as CSV with one more column, 心理健康测评结果, holding a made-up result.</summary>
    private static MemoryStream ResultColumnFile(List<Dictionary<string, object?>> rows)
    {
        var kind = new CheckupImport();
        var header = kind.Columns.Select(c => c.Header).Append("心理健康测评结果").ToArray();
        static string Cell(object? v) => v switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            bool b => b ? "是" : "否",
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString()!,
        };
        var lines = rows.Select(r => kind.Columns.Select(c => Cell(r[c.Key])).Append("正常").ToArray()).Prepend(header);
        return ImportFiles.Csv(lines, System.Text.Encoding.UTF8, bom: true);
    }

    private static byte[] Unzipped(MemoryStream xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(xlsx, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
        using var all = new MemoryStream();
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            s.CopyTo(all);
        }

        return all.ToArray();
    }

    [Fact]
    public async Task Incidents_ReadMinutes_RefuseBadSteps_GrowByImport_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, scope, cadres, _, _, outsider, _) = await SetUpAsync(db);
        const string Summary = "导入测试：入户走访时遭人威胁";
        var ids = cadres.Select(c => c.Id).ToList();
        Dictionary<string, object?> IncidentRow(Cadre c, string reported, string? accepted = null, string? closed = null) =>
            Row(("idNumber", c.IdNumber.Value), ("reportedAt", reported), ("summary", Summary),
                ("acceptedAt", accepted), ("acceptedBy", accepted is null ? null : "组织委员 李四"), ("acceptAction", accepted is null ? null : "电话了解情况"),
                ("closedAt", closed), ("closedBy", closed is null ? null : "派出所 王五"), ("handling", closed is null ? null : "约谈当事人"),
                ("outcome", closed is null ? null : "已调解"));

        try
        {
            var refused = await ImportAsync(db, scope, "incidents", [
                IncidentRow(cadres[0], "2013-03-01"), // no time
                IncidentRow(cadres[1], "2013-03-01 14:30", closed: "2013-03-02 09:00"), // closed before accepted
                IncidentRow(cadres[2], "2013-03-01 14:30", accepted: "2013-03-01 14:00"), // accepted before the report
                IncidentRow(outsider, "2013-03-01 14:30"),
            ], "错误.xlsx");
            Assert.False(refused.Committed);
            Assert.Equal([(2, "报告时间", "2013-03-01"), (3, "办结时间", "2013-03-02 09:00"), (4, "受理时间", "2013-03-01 14:00"), (5, "身份证号码", outsider.IdNumber.Masked)], Cells(refused));
            Assert.Contains("yyyy-MM-dd HH:mm", refused.Errors[0].Reason, StringComparison.Ordinal);
            Assert.Contains("须先受理", refused.Errors[1].Reason, StringComparison.Ordinal);
            Assert.False(await db.SafetyIncidents.AnyAsync(i => i.Summary == Summary, Ct));

            var rows = new List<Dictionary<string, object?>>
            {
                IncidentRow(cadres[0], "2013-03-01 14:30"),
                IncidentRow(cadres[1], "2013/3/2 8:05", accepted: "2013-03-02 09:00", closed: "2013-03-05 17:45"),
            };
            Assert.Equal((2, 0, 0), Counts(await ImportAsync(db, scope, "incidents", rows, "事件.xlsx")));
            Assert.Equal((0, 0, 2), Counts(await ImportAsync(db, scope, "incidents", rows, "再次.xlsx")));
            var closed = await db.SafetyIncidents.AsNoTracking().Include(i => i.Steps).FirstAsync(i => i.Summary == Summary && i.CadreId == cadres[1].Id, Ct);
            Assert.Equal(new DateTime(2013, 3, 2, 0, 5, 0), closed.ReportedAt); // 08:05 China time is 00:05 UTC
            Assert.Equal((new DateTime(2013, 3, 2, 1, 0, 0), new DateTime(2013, 3, 5, 9, 45, 0), "已调解", 2), (closed.AcceptedAt!.Value, closed.ClosedAt!.Value, closed.Outcome, closed.Steps.Count));

            // The open incident is accepted by a later file (the timeline grows); a different recorded acceptance is refused.
            rows[0] = IncidentRow(cadres[0], "2013-03-01 14:30", accepted: "2013-03-01 16:00");
            Assert.Equal((0, 1, 1), Counts(await ImportAsync(db, scope, "incidents", rows, "受理.xlsx")));
            var changed = await ImportAsync(db, scope, "incidents", [IncidentRow(cadres[0], "2013-03-01 14:30", accepted: "2013-03-01 17:00")], "改动.xlsx");
            Assert.False(changed.Committed);
            Assert.Equal([(2, "受理时间", "2013-03-01 17:00")], Cells(changed));
            Assert.Contains("2013-03-01 16:00", changed.Errors[0].Reason, StringComparison.Ordinal);

            // Export → import: every incident of the file is found (to the minute) and unchanged; the steps' words come back.
            var exported = (await IncidentImport.ExportAsync(db, scope, Ct)).Where(r => (string?)r["summary"] == Summary).ToList();
            Assert.Equal(2, exported.Count);
            Assert.Equal(("2013-03-02 08:05", "2013-03-05 17:45", "约谈当事人", "派出所 王五"),
                ((string?)exported[1]["reportedAt"], (string?)exported[1]["closedAt"], (string?)exported[1]["handling"], (string?)exported[1]["closedBy"]));
            Assert.Equal((0, 0, 2), Counts(await ImportAsync(db, scope, "incidents", exported, "导出.xlsx")));
        }
        finally
        {
            var incidentIds = await db.SafetyIncidents.Where(i => i.Summary == Summary).Select(i => i.Id).ToListAsync(Ct);
            await db.Set<IncidentStep>().Where(s => incidentIds.Contains(s.IncidentId)).ExecuteDeleteAsync(Ct);
            await db.SafetyIncidents.Where(i => incidentIds.Contains(i.Id)).ExecuteDeleteAsync(Ct);
        }
    }

    [Fact]
    public async Task Activities_RefuseBadCells_Commit_AndExportReimports()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (town, scope, _, village, other, _, _) = await SetUpAsync(db);
        const string Title = "导入测试 心理健康讲座";
        Dictionary<string, object?> ActivityRow(string code, string kind, string title, DateOnly? day = null) =>
            Row(("orgUnitCode", code), ("heldOn", day ?? new DateOnly(2013, 6, 1)), ("kind", kind), ("title", title), ("attendance", 99));

        try
        {
            var refused = await ImportAsync(db, scope, "care-activities", [
                ActivityRow(other.Code, "心理健康知识讲座", Title),
                ActivityRow(town.Code, "讲座", Title),
                ActivityRow(town.Code, "文化活动", new string('长', CareActivity.TitleMaxLength + 1)),
            ], "错误.xlsx");
            Assert.False(refused.Committed);
            Assert.Equal([(2, "举办单位代码", other.Code), (3, "活动类型", "讲座"), (4, "活动名称", new string('长', CareActivity.TitleMaxLength + 1))], Cells(refused));
            Assert.False(await db.CareActivities.AnyAsync(a => a.Title.StartsWith("导入测试"), Ct));

            var rows = new List<Dictionary<string, object?>>
            {
                ActivityRow(town.Code, "心理健康知识讲座", Title),
                ActivityRow(village.Code, "体育活动", "导入测试 篮球赛"),
            };
            Assert.Equal((2, 0, 0), Counts(await ImportAsync(db, scope, "care-activities", rows, "活动.xlsx")));
            Assert.Equal((0, 0, 2), Counts(await ImportAsync(db, scope, "care-activities", rows, "再次.xlsx")));
            Assert.All(await db.CareActivities.AsNoTracking().Where(a => a.Title.StartsWith("导入测试")).Select(a => a.Attendance.Count).ToListAsync(Ct), n => Assert.Equal(0, n));

            var exported = (await CareActivityImport.ExportAsync(db, scope, Ct)).Where(r => ((string)r["title"]!).StartsWith("导入测试", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, exported.Count);
            await db.CareActivities.Where(a => a.Title == Title).ExecuteUpdateAsync(s => s.SetProperty(a => a.Kind, CareActivityKind.Cultural), Ct);
            db.ChangeTracker.Clear();
            Assert.Equal((0, 1, 1), Counts(await ImportAsync(db, scope, "care-activities", exported, "导出.xlsx")));
            Assert.Equal(CareActivityKind.MentalHealthLecture, (await db.CareActivities.AsNoTracking().FirstAsync(a => a.Title == Title, Ct)).Kind);
        }
        finally
        {
            await db.CareActivities.Where(a => a.Title.StartsWith("导入测试")).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteCareImportTests(SqliteFixture f) : CareImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresCareImportTests(PostgresFixture f) : CareImportTests(f), IClassFixture<PostgresFixture>;
