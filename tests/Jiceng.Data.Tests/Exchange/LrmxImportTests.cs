using System.IO.Compression;
using Jiceng.Core.Cadres;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Core.Org;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Jiceng.Testing;
using Jiceng.Testing.Lrmx;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Exchange;

public abstract class LrmxImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(OrgUnit A, OrgUnit B)> TwoTownshipsAsync(JicengDbContext db) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Take(2).ToListAsync(Ct) is [var a, var b]
            ? (a, b) : throw new InvalidOperationException("the small demo has two townships");

    private static LrmxSample Sample(int sequence, string name = "李明远") =>
        new() { Name = name, Id = LrmxSample.IdNumber(LrmxSample.Birth, sequence) };

    private static LrmxFile File(LrmxSample s, string name = "a.lrmx") => new(name, s.Bytes());

    private static async Task<Cadre?> FindAsync(JicengDbContext db, string id) =>
        await db.Cadres.AsNoTracking().WithIdNumber(db, IdCardNumber.Parse(id)).FirstOrDefaultAsync(Ct);

    [Fact]
    public async Task Preview_SavesNothing_Commit_SavesTheCadreAndEverythingBesideIt()
    {
        var database = await fixture.GetAsync();
        await using var db = database.NewContext();
        var (a, _) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var sample = Sample(701);
        var options = new LrmxImportOptions(a.Id, CadreCategory.TownshipCivilServant);

        var preview = await LrmxImport.PreviewAsync(db, scope, [File(sample)], options, Today, Ct);
        Assert.True(preview.Ok, string.Join("; ", preview.Files.SelectMany(f => f.Errors).Select(e => e.Message)));
        Assert.False(preview.Committed);
        Assert.Equal((4, 3, 3, true, false), (preview.Files[0].ResumeLines, preview.Files[0].FamilyMembers, preview.Files[0].Grades, preview.Files[0].HasPhoto, preview.Files[0].IsUpdate));
        Assert.Null(await FindAsync(db, sample.Id));

        var commit = await LrmxImport.CommitAsync(db, scope, [File(sample)], options, Today, Ct);
        Assert.True(commit.Committed);
        await using var read = database.NewContext();
        var cadre = (await FindAsync(read, sample.Id))!;
        Assert.Equal(("李明远", a.Id, "01", "21", "4"), (cadre.Name, cadre.OrgUnitId, cadre.PoliticalStatusCode, cadre.EducationCode, cadre.DegreeCode));
        Assert.Equal(4, await read.CadreResumeEntries.CountAsync(e => e.CadreId == cadre.Id, Ct));
        Assert.Equal(["张丽", "李小远", "李建国"], await read.CadreFamilyMembers.Where(m => m.CadreId == cadre.Id).OrderBy(m => m.Order).Select(m => m.Name!).ToListAsync(Ct));
        Assert.Equal(["2021:1", "2022:2", "2023:2"], (await read.CadreYearlyGrades.Where(g => g.CadreId == cadre.Id).OrderBy(g => g.Year).ToListAsync(Ct)).Select(g => $"{g.Year}:{g.GradeCode}"));
        Assert.Equal(LrmxSample.Jpeg, (await read.CadrePhotos.SingleAsync(p => p.CadreId == cadre.Id, Ct)).Jpeg);
        Assert.Contains("ShenHeYiJian", (await read.CadreLrmxProfiles.SingleAsync(p => p.CadreId == cadre.Id, Ct)).LrmxExtras, StringComparison.Ordinal);

        // Family names are ciphertext at rest: a context with other keys cannot read them.
        await using var otherKeys = database.NewContext(KeyRing.Generate(DateTimeOffset.UnixEpoch));
        await Assert.ThrowsAsync<KeyRingException>(() => otherKeys.CadreFamilyMembers.Where(m => m.CadreId == cadre.Id).ToListAsync(Ct));
    }

    [Fact]
    public async Task Export_ThenImport_ReproducesTheRecord_AndASecondExportIsByteForByteTheSame()
    {
        var database = await fixture.GetAsync();
        await using var db = database.NewContext();
        var (a, _) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var sample = Sample(703) with { Crlf = true, Bom = true, DeclaredEncoding = "GB2312" };
        await LrmxImport.CommitAsync(db, scope, [File(sample)], new LrmxImportOptions(a.Id, CadreCategory.TownshipCivilServant), Today, Ct);
        var id = (await FindAsync(db, sample.Id))!.Id;

        var first = (await LrmxExport.OneAsync(db, scope, id, Ct))!.Value;
        Assert.Equal("李明远.lrmx", first.FileName);
        var before = await SnapshotAsync(database, id);
        var again = await LrmxImport.CommitAsync(db, scope, [new LrmxFile(first.FileName, first.Bytes)], new LrmxImportOptions(a.Id, CadreCategory.VillageCadre), Today, Ct);
        Assert.True(again.Files[0].IsUpdate);
        Assert.Equal(id, again.Files[0].CadreId);
        Assert.Equal(before, await SnapshotAsync(database, id));

        await using var fresh = database.NewContext();
        var second = (await LrmxExport.OneAsync(fresh, scope, id, Ct))!.Value;
        Assert.Equal(first.Bytes, second.Bytes);
        var original = LrmxReader.Read(sample.Bytes()).Person!;
        var exported = LrmxReader.Read(second.Bytes).Person!;
        foreach (var (name, _) in LrmxElements.Text.Where(t => t.Name != LrmxElements.JianLi))
        {
            Assert.Equal(original[name], exported[name]);
        }

        Assert.Equal(LrmxResume.Split(original[LrmxElements.JianLi]), LrmxResume.Split(exported[LrmxElements.JianLi]));
        Assert.Equal(original.Family, exported.Family);
        Assert.Equal(original.Photo, exported.Photo);
        Assert.Equal(original.Extras, exported.Extras);
    }

    private static async Task<string> SnapshotAsync(TestDatabase database, int id)
    {
        await using var db = database.NewContext();
        var c = await db.Cadres.AsNoTracking().SingleAsync(x => x.Id == id, Ct);
        var resume = await db.CadreResumeEntries.Where(e => e.CadreId == id).OrderBy(e => e.Order).Select(e => $"{e.Start}|{e.End}|{e.Text}").ToListAsync(Ct);
        var family = (await db.CadreFamilyMembers.Where(e => e.CadreId == id).OrderBy(e => e.Order).ToListAsync(Ct)).Select(m => $"{m.Relation}|{m.Name}|{m.BirthDate}|{m.PoliticalStatus}|{m.WorkUnit}|{m.LrmxExtras}");
        var grades = await db.CadreYearlyGrades.Where(e => e.CadreId == id).OrderBy(e => e.Year).Select(g => $"{g.Year}{g.GradeCode}").ToListAsync(Ct);
        var profile = await db.CadreLrmxProfiles.SingleAsync(p => p.CadreId == id, Ct);
        var photo = Convert.ToBase64String((await db.CadrePhotos.SingleAsync(p => p.CadreId == id, Ct)).Jpeg);
        return string.Join("\n", c.Name, c.IdNumber.Value, c.Sex, c.BirthDate, c.EthnicityCode, c.PoliticalStatusCode, c.JoinedPartyOn, c.JoinedWorkOn,
            c.EducationCode, c.DegreeCode, c.HomeRegionCode, c.Category, c.OrgUnitId, string.Join(";", resume), string.Join(";", family),
            string.Join(";", grades), profile.FieldsJson, profile.LrmxExtras, photo);
    }

    [Fact]
    public async Task AZip_WithOneBadFile_SavesNothing_AndNamesTheFileAndElement()
    {
        var database = await fixture.GetAsync();
        await using var db = database.NewContext();
        var (a, _) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, s) in new[] { ("1.lrmx", Sample(711, "甲")), ("2.lrmx", Sample(715, "乙") with { MinZu = "火星族" }), ("3.lrmx", Sample(713, "丙")) })
            {
                using var e = zip.CreateEntry(name).Open();
                e.Write(s.Bytes());
            }
        }

        ms.Position = 0;
        var (files, refusal) = LrmxImport.Unpack("batch.zip", ms);
        Assert.Null(refusal);
        var before = await db.Cadres.CountAsync(Ct);
        var result = await LrmxImport.CommitAsync(db, scope, files, new LrmxImportOptions(a.Id, CadreCategory.TownshipCivilServant), Today, Ct);

        Assert.False(result.Committed);
        Assert.Equal([0, 1, 0], result.Files.Select(f => f.Errors.Count));
        Assert.Equal("2.lrmx", result.Files[1].FileName);
        Assert.Contains("民族（MinZu）：未知的民族（GB/T 3304）“火星族”", result.Files[1].Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.Cadres.CountAsync(Ct));
    }

    [Fact]
    public async Task AUnitOutsideTheScope_IsRefused_AndTheSamePersonTwiceInABatchToo()
    {
        var database = await fixture.GetAsync();
        await using var db = database.NewContext();
        var (a, b) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var outside = await LrmxImport.PreviewAsync(db, scope, [File(Sample(721))], new LrmxImportOptions(b.Id, CadreCategory.TownshipCivilServant), Today, Ct);
        Assert.Contains(outside.Files[0].Errors, e => e.Message.Contains("管理范围", StringComparison.Ordinal));

        var twice = await LrmxImport.PreviewAsync(db, scope, [File(Sample(723), "x.lrmx"), File(Sample(723), "y.lrmx")],
            new LrmxImportOptions(a.Id, CadreCategory.TownshipCivilServant), Today, Ct);
        Assert.Empty(twice.Files[0].Errors);
        Assert.Contains("同一人", Assert.Single(twice.Files[1].Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipExport_HoldsOnlyCadresInTheScope()
    {
        var database = await fixture.GetAsync();
        await using var db = database.NewContext();
        var (a, b) = await TwoTownshipsAsync(db);
        var scope = new DataScope(a.Id, a.Path);
        var inA = await db.Cadres.Where(c => c.OrgUnitId == a.Id).OrderBy(c => c.Id).Select(c => c.Id).Take(3).ToListAsync(Ct);
        var inB = await db.Cadres.Where(c => c.OrgUnitId == b.Id).Select(c => c.Id).FirstAsync(Ct);
        var ms = new MemoryStream();
        var count = await LrmxExport.ZipAsync(db, scope, [.. inA, inB], ms, Ct);
        Assert.Equal(3, count);
        ms.Position = 0;
        var (files, refusal) = LrmxArchive.Read(ms);
        Assert.Null(refusal);
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.True(LrmxReader.Read(f.Bytes).Ok));
    }
}

public sealed class SqliteLrmxImportTests(SqliteFixture f) : LrmxImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresLrmxImportTests(PostgresFixture f) : LrmxImportTests(f), IClassFixture<PostgresFixture>;
