using System.Text;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Audit;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

public abstract class ImportServiceTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ImportRequest Request(bool commit, string file = "名册.csv") => new(file, commit) { Today = Today, UserName = "tester", MaySetRemoteHardship = true };

    private static async Task<(DataScope Root, OrgUnit A, OrgUnit B)> ScopesAsync(JicengDbContext db)
    {
        var root = (await DataScopeQueries.RootAsync(db, Ct))!;
        var towns = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct);
        return (root, towns[0], towns[1]);
    }

    private static Task<ImportResult> ImportAsync(JicengDbContext db, DataScope scope, string kind, Stream file, bool commit = true, string name = "名册.csv") =>
        ImportService.RunAsync(db, scope, ImportKinds.Create(kind)!, file, Request(commit, name), ct: Ct);

    private static Stream CadreCsv(IEnumerable<string[]> rows) => ImportFiles.Csv(rows.Prepend(ImportFiles.CadreHeader), new UTF8Encoding(false), bom: true);

    [Fact]
    public async Task Cadres_EachKindOfBadRow_IsReportedWithRowColumnValueAndReason()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, a, _) = await ScopesAsync(db);
        var good = ImportFiles.CadreRow(1, a.Code, "110102");
        var badId = ImportFiles.CadreRow(2, a.Code, "110102");
        badId[0] = badId[0][..17] + (badId[0][17] == '0' ? "1" : "0");
        var unknownCode = ImportFiles.CadreRow(3, a.Code, "110102");
        unknownCode[4] = "99";
        var missingUnit = ImportFiles.CadreRow(4, "999999999999", "110102");
        var before = await db.Cadres.CountAsync(Ct);

        var result = await ImportAsync(db, root, "cadres", CadreCsv([good, badId, unknownCode, missingUnit, good]));

        Assert.False(result.Committed);
        Assert.Equal(5, result.Rows);
        Assert.Collection(result.Errors.OrderBy(e => e.Row),
            e => Assert.Equal((3, "身份证号码", badId[0]), (e.Row, e.Column, e.Value)),
            e => Assert.Equal((4, "民族", "99"), (e.Row, e.Column, e.Value)),
            e => Assert.Equal((5, "所在单位代码", "999999999999", "单位不存在或不在您的管理范围内"), (e.Row, e.Column, e.Value, e.Reason)),
            e => Assert.Equal((6, "与第 2 行重复（身份证号码相同）"), (e.Row, e.Reason)));
        Assert.Contains("校验", result.Errors.Single(e => e.Row == 3).Reason, StringComparison.Ordinal);
        Assert.Contains("未知的代码", result.Errors.Single(e => e.Row == 4).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await db.Cadres.CountAsync(Ct));
        var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == result.BatchId, Ct);
        Assert.Equal((ImportOutcomeKind.Refused, 4), (batch.Outcome, batch.Errors));
    }

    [Fact]
    public async Task Cadres_BadRowInTheSecondBatch_UndoesTheWrittenFirstBatch_ThenTheFixedFileIsWrittenInBulkWithOneAuditEntryPerCadre()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, a, b) = await ScopesAsync(db);
        var rows = Enumerable.Range(0, 6200).Select(i => ImportFiles.CadreRow(i, i % 2 == 0 ? a.Code : b.Code, "110106")).ToList();
        rows[6100][3] = "1970-02-30";
        var before = await db.Cadres.CountAsync(Ct);
        var creates = await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Create && e.RecordType == nameof(Cadre), Ct);

        var refused = await ImportAsync(db, root, "cadres", CadreCsv(rows));

        Assert.False(refused.Committed);
        Assert.Equal((6102, "出生日期", 0, 0), (Assert.Single(refused.Errors).Row, refused.Errors[0].Column, refused.Created, refused.Unchanged));
        Assert.Equal(before, await db.Cadres.CountAsync(Ct));
        Assert.Equal(creates, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Create && e.RecordType == nameof(Cadre), Ct));

        rows[6100] = ImportFiles.CadreRow(6100, a.Code, "110106");
        var committed = await ImportAsync(db, root, "cadres", CadreCsv(rows));

        Assert.True(committed.Committed, string.Join("\n", committed.Errors));
        Assert.Equal((6200, 6200), (committed.Rows, committed.Created));
        Assert.Equal(before + 6200, await db.Cadres.CountAsync(Ct));
        var id = IdCardNumber.Parse(rows[6199][0]);
        var last = await db.Cadres.WithIdNumber(id).SingleAsync(Ct);
        Assert.Equal(("导入6199", b.Id, id.Value), (last.Name, last.OrgUnitId, last.IdNumber.Value));
        Assert.Equal(creates + 6200, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Create && e.RecordType == nameof(Cadre), Ct));
        var entry = await db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditAction.Create && e.RecordType == nameof(Cadre) && e.RecordId == last.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
        Assert.Contains("导入6199", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(id.Value, entry.Details, StringComparison.Ordinal);
        var chain = await AuditVerifier.VerifyAsync(db, Ct);
        Assert.True(chain.Ok, chain.Problem);
    }

    [Fact]
    public async Task Cadres_OneBadRowIn3000_CommitsNothingAndReportsThatRow_ThenTheFixedFileCommitsAndReimportChangesNothing()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, a, b) = await ScopesAsync(db);
        var rows = Enumerable.Range(0, 3000).Select(i => ImportFiles.CadreRow(i, i % 2 == 0 ? a.Code : b.Code)).ToList();
        rows[1733][3] = "1970-13-01";
        var before = await db.Cadres.CountAsync(Ct);

        var refused = await ImportAsync(db, root, "cadres", CadreCsv(rows));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((1735, "出生日期", "1970-13-01"), (error.Row, error.Column, error.Value));
        Assert.Equal(before, await db.Cadres.CountAsync(Ct));

        rows[1733] = ImportFiles.CadreRow(1733, b.Code);
        var committed = await ImportAsync(db, root, "cadres", CadreCsv(rows));
        Assert.True(committed.Committed, string.Join("\n", committed.Errors));
        Assert.Equal((3000, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
        Assert.Equal(before + 3000, await db.Cadres.CountAsync(Ct));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.Import && e.RecordId == committed.BatchId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SingleAsync(Ct);
        Assert.Contains(committed.Sha256, audit.Details, StringComparison.Ordinal);

        var again = await ImportAsync(db, root, "cadres", CadreCsv(rows));
        Assert.True(again.AlreadyImported);
        Assert.Equal((0, 0, 3000), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(committed.BatchId, again.PreviousBatchId);
        Assert.Equal(before + 3000, await db.Cadres.CountAsync(Ct));

        // Another file with the same people (GB18030, columns reordered, one name changed) updates by ID number only.
        rows[10][1] = "改名";
        var reordered = rows.Select(r => r.Reverse().ToArray()).Prepend(ImportFiles.CadreHeader.Reverse().ToArray());
        var changed = await ImportAsync(db, root, "cadres", ImportFiles.Csv(reordered, TabularFile.Gb18030, bom: false));
        Assert.Equal((0, 1, 2999), (changed.Created, changed.Updated, changed.Unchanged));
        Assert.Null(changed.PreviousBatchId);
        var id = IdCardNumber.Parse(rows[10][0]);
        Assert.Equal("改名", await db.Cadres.WithIdNumber(id).Select(c => c.Name).SingleAsync(Ct));
    }

    [Fact]
    public async Task Cadres_TownshipUser_RowsPointingOutsideTheirScopeAreErrors()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, a, b) = await ScopesAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var outsider = await db.Cadres.AsNoTracking().Where(c => c.OrgUnitId == b.Id).FirstAsync(Ct);
        var stolen = ImportFiles.CadreRow(0, a.Code, "110103");
        stolen[0] = outsider.IdNumber.Value;
        stolen[3] = outsider.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        stolen[2] = outsider.Sex == Sex.Male ? "男" : "女";

        var result = await ImportAsync(db, scope, "cadres", CadreCsv([ImportFiles.CadreRow(1, b.Code, "110103"), stolen]));

        Assert.Equal((2, "所在单位代码"), (result.Errors[0].Row, result.Errors[0].Column));
        Assert.Equal((3, CadreLookup.OutsideScope), (result.Errors[1].Row, result.Errors[1].Reason));
        Assert.Equal(outsider.OrgUnitId, (await db.Cadres.AsNoTracking().SingleAsync(c => c.Id == outsider.Id, Ct)).OrgUnitId);
    }

    [Fact]
    public async Task Cadres_ExportThenImport_ReproducesEveryField()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (_, a, _) = await ScopesAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var original = await db.Cadres.AsNoTracking().InScope(scope).OrderBy(c => c.Id).ToListAsync(Ct);
        var file = ImportFiles.Xlsx(ImportKinds.Create("cadres")!, await ImportExports.CadresAsync(db, scope, Ct));

        // Spoil a few fields, then import the export: every field comes back.
        await db.Cadres.Where(c => c.Id == original[0].Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "被改").SetProperty(c => c.Major, (string?)null), Ct);
        await db.Cadres.Where(c => c.Id == original[1].Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.JoinedWorkOn, (DateOnly?)null).SetProperty(c => c.EducationCode, "11"), Ct);
        var result = await ImportAsync(db, scope, "cadres", file, name: "导出.xlsx");

        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal((0, 2, original.Count - 2), (result.Created, result.Updated, result.Unchanged));
        var after = await db.Cadres.AsNoTracking().InScope(scope).OrderBy(c => c.Id).ToListAsync(Ct);
        Assert.Equal(original.Select(Fields), after.Select(Fields));
    }

    private static string Fields(Cadre c) => string.Join("|", c.Name, c.IdNumber.Value, c.Sex, c.BirthDate, c.EthnicityCode, c.PoliticalStatusCode,
        c.EducationCode, c.DegreeCode, c.Major, c.Category, c.JoinedWorkOn, c.JoinedPartyOn, c.GrassrootsServiceSince, c.HomeRegionCode, c.OrgUnitId);

    [Fact]
    public async Task OrgUnits_ParentsInTheSameFileInAnyOrder_AreCreatedUnderTheirParents()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, a, _) = await ScopesAsync(db);
        var town = a.Code[..6] + "990000";
        string[][] rows =
        [
            ["上级区划代码", "单位类型", "区划代码", "单位名称"],
            [town, "行政村", town[..9] + "201", "新村一"],
            [(await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == a.ParentId, Ct)).Code, "乡镇", town, "新镇"],
            [town, "社区", town[..9] + "202", "新社区"],
            [town, "区直部门", town[..9] + "203", "错层级"],
        ];
        var refused = await ImportAsync(db, root, "org-units", ImportFiles.Csv(rows, Encoding.UTF8, bom: false));
        Assert.Equal((5, "单位类型"), (Assert.Single(refused.Errors).Row, refused.Errors[0].Column));

        var result = await ImportAsync(db, root, "org-units", ImportFiles.Csv(rows[..4], Encoding.UTF8, bom: false));

        Assert.True(result.Committed, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Created);
        var villageCode = town[..9] + "201";
        var created = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == villageCode, Ct);
        var parent = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == town, Ct);
        Assert.Equal(parent.Id, created.ParentId);
        Assert.Equal($"{parent.Path}{created.Id}/", created.Path);
        var again = await ImportAsync(db, root, "org-units", ImportFiles.Csv(rows[..4], Encoding.UTF8, bom: false));
        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
    }

    [Fact]
    public async Task Posts_ByNaturalKey_AddThenUpdate_AndOverlapsAreRefused()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, a, _) = await ScopesAsync(db);
        var cadreRow = ImportFiles.CadreRow(5, a.Code, "110104");
        Assert.True((await ImportAsync(db, root, "cadres", CadreCsv([cadreRow]))).Committed);
        string[] header = ["身份证号码", "姓名", "任职单位代码", "职务类别", "任职时间", "免职时间", "班子成员"];
        string[] post = [cadreRow[0], cadreRow[1], a.Code, "乡镇党委委员", "2020-01-01", "", "是"];

        var added = await ImportAsync(db, root, "posts", ImportFiles.Csv([header, post], Encoding.UTF8, bom: false));
        Assert.Equal(1, added.Created);

        post[5] = "2023-12-31";
        string[] overlapping = [cadreRow[0], "", a.Code, "乡镇党委委员", "2023-06-01", "", "是"];
        string[] wrongName = [cadreRow[0], "别人", a.Code, "乡镇机关干部", "2024-01-01", "", "否"];
        var refused = await ImportAsync(db, root, "posts", ImportFiles.Csv([header, post, overlapping, wrongName], Encoding.UTF8, bom: false));
        Assert.Equal([(3, "任职时间"), (4, "姓名")], refused.Errors.Select(e => (e.Row, e.Column)).Order());

        var updated = await ImportAsync(db, root, "posts", ImportFiles.Csv([header, post], Encoding.UTF8, bom: false));
        Assert.Equal((0, 1), (updated.Created, updated.Updated));
        var id = IdCardNumber.Parse(cadreRow[0]);
        var stored = await db.PostAssignments.AsNoTracking().Where(p => p.Cadre!.Id == db.Cadres.WithIdNumber(id).Select(c => c.Id).First()).SingleAsync(Ct);
        Assert.Equal((PostKind.TownshipPartyCommitteeMember, new DateOnly(2023, 12, 31), true), (stored.Kind, stored.End, stored.IsLeadershipTeamMember));
    }

    [Fact]
    public async Task HostileFile_IsRefusedAndRecorded()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, _, _) = await ScopesAsync(db);
        var file = ImportFiles.TemplateWith("../evil.xml", "<a/>"u8.ToArray());

        var result = await ImportAsync(db, root, "cadres", file, name: "evil.xlsx");

        Assert.Contains("不安全的部件路径", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcomeKind.Refused, (await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == result.BatchId, Ct)).Outcome);
    }

    [Fact]
    public async Task DryRun_WritesNothingAndRecordsNoBatch()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var (root, a, _) = await ScopesAsync(db);
        var batches = await db.ImportBatches.CountAsync(Ct);
        var result = await ImportAsync(db, root, "cadres", CadreCsv([ImportFiles.CadreRow(7, a.Code, "110105")]), commit: false);
        Assert.Equal((1, 0, false), (result.Rows, result.ErrorCount, result.Committed));
        Assert.Equal(batches, await db.ImportBatches.CountAsync(Ct));
        Assert.False(await db.Cadres.WithIdNumber(IdCardNumber.Parse(ImportFiles.CadreRow(7, a.Code, "110105")[0])).AnyAsync(Ct));
    }
}

public sealed class SqliteImportServiceTests(SqliteFixture f) : ImportServiceTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresImportServiceTests(PostgresFixture f) : ImportServiceTests(f), IClassFixture<PostgresFixture>;
