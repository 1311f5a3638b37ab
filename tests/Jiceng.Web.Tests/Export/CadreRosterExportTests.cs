using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Testing;
using Jiceng.Web.Tests.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Export;

/// <summary>The cadre roster (干部花名册): the cadre list's rows in the common layout, set up to print, scoped and audited.</summary>
[Collection(WebCollection.Name)]
public sealed class CadreRosterExportTests(JicengWebFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JicengDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<JicengDbContext>());
    }

    private sealed record Sheet(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Merges,
        PageSetup PageSetup, string? PrintTitles);

    private static async Task<Sheet> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var book = doc.WorkbookPart!;
        var strings = book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var sheet = book.WorksheetParts.Single().Worksheet;
        string Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? "";
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => (IReadOnlyList<string>)r.Elements<Cell>().Select(Text).ToList()).ToList();
        return new Sheet(rows[0][0], rows[2], rows.Skip(4).ToList(),
            sheet.GetFirstChild<MergeCells>()!.Elements<MergeCell>().Select(m => m.Reference!.Value!).ToList(),
            sheet.GetFirstChild<PageSetup>()!,
            book.Workbook.DefinedNames?.Elements<DefinedName>().SingleOrDefault(d => d.Name == "_xlnm.Print_Titles")?.Text);
    }

    [Fact]
    public async Task TheRoster_HasTheCommonLayout_PrintsOnA4Landscape_AndHoldsTheListsRows()
    {
        var user = await app.TownshipUserAsync();
        var client = await app.SignedInClientAsync(user);
        var (name, expected) = await WithDbAsync(async db =>
        {
            var t = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).FirstAsync(Ct);
            return (t.Name, await db.Cadres.CountAsync(c => c.OrgUnit!.Path.StartsWith(t.Path) && c.Sex == Core.Cadres.Sex.Female, Ct));
        });
        var mark = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id, Ct)) ?? 0;

        var sheet = await ReadAsync(await Forms.GetAsync(client, "/cadres/roster?sex=Female"));

        Assert.Equal($"{name}干部花名册", sheet.Title);
        Assert.Equal(["序号", "姓名", "性别", "民族", "出生年月", "籍贯", "入党时间", "参加工作时间", "学历学位及专业", "学历学位及专业", "现任职务", "任现职时间", "职级", "职级", "备注"], sheet.Header);
        Assert.Contains("I3:J3", sheet.Merges);
        Assert.Contains("A3:A4", sheet.Merges);
        Assert.Contains("A1:O1", sheet.Merges);
        Assert.Equal((9u, OrientationValues.Landscape), (sheet.PageSetup.PaperSize!.Value, sheet.PageSetup.Orientation!.Value));
        Assert.Equal("'干部花名册'!$3:$4", sheet.PrintTitles);
        Assert.Equal(expected, sheet.Rows.Count);
        Assert.Equal(Enumerable.Range(1, expected).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), sheet.Rows.Select(r => r[0]));
        Assert.All(sheet.Rows, r => Assert.Equal("女", r[2]));
        var export = Assert.Single(await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Id > mark && e.Action == AuditAction.Export).ToListAsync(Ct)));
        Assert.Equal(("CadreRoster", user), (export.RecordType, export.UserName));
        Assert.Contains($"\"rows\":{expected}", export.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitOutsideTheScope_IsNotFound_AndTheProbeIsAudited()
    {
        var client = await app.SignedInClientAsync(await app.TownshipUserAsync());
        var other = await WithDbAsync(db => db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderByDescending(u => u.Code).Select(u => u.Id).FirstAsync(Ct));

        var response = await Forms.GetAsync(client, $"/cadres/roster?orgUnitId={other}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.AccessDenied && e.RecordType == "OrgUnit" && e.RecordId == other.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct)));
    }
}
