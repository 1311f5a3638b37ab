using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jiceng.Core.Cadres;
using Jiceng.Data;
using Jiceng.Data.Demo;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Jiceng.Bench;

/// <summary>
/// Scenarios <c>import-csv</c> and <c>import-xlsx</c> (docs/performance.md): the scale's org tree (province, cities,
/// districts, real townships) through the bulk path, then a cadre roster in the cadres kind's template layout written
/// to a file as a stream (3,000 cadres at <c>district</c>, 500,000 at <c>province</c>), then in the same run:
/// parsing the file alone, bulk-loading the same rows alone (rolled back), and the end-to-end import (hash, guard,
/// stream-read, validate in batches, write in one transaction, batch and audit). Figure: the import's rows/s against
/// the slower of the two; bar: at least half of it. Then the peak RSS of the whole run.
/// </summary>
public static class ImportScaleBench
{
    private const int Batch = 5_000;

    public static int RowsOf(ProvinceScale scale) => scale == ProvinceScale.Province ? 500_000 : 3_000;

    public static async Task RunAsync(string format, BenchOptions options, TextWriter output, CancellationToken ct = default)
    {
        var rows = options.Rows ?? RowsOf(options.Scale);
        await using var database = await BenchDatabase.CreateAsync(options);
        await using var db = database.NewContext();
        await DatabaseInitializer.MigrateAsync(db, ct);

        var clock = Stopwatch.StartNew();
        var townships = await DemoProvinceSeeder.SeedOrgTreeAsync(db, options.Scale, ct);
        Info(output, $"org tree {options.Scale} ({options.Provider}): {townships.Count} townships in {clock.Elapsed.TotalSeconds:0.0} s");

        var kind = ImportKinds.Create("cadres")!;
        var path = Path.Combine(Path.GetTempPath(), $"jiceng-bench-roster-{Guid.NewGuid():N}.{format}");
        try
        {
            clock.Restart();
            if (format == "csv")
            {
                WriteCsv(path, kind, rows, townships);
            }
            else
            {
                WriteXlsx(path, kind, rows, townships);
            }

            Info(output, $"roster {format}: {rows} rows, {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB written in {clock.Elapsed.TotalSeconds:0.0} s");

            // Parsing alone: every row of the file read as text cells.
            clock.Restart();
            long parsed;
            await using (var file = File.OpenRead(path))
            {
                parsed = ParseAll(file);
            }

            var parseRate = (parsed - 1) / clock.Elapsed.TotalSeconds;
            Info(output, $"parse alone: {parsed - 1} rows in {clock.Elapsed.TotalSeconds:0.00} s = {parseRate:0} rows/s");

            // Bulk-loading the same rows alone (the cadres as the import creates them), rolled back.
            var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
            clock.Restart();
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await using var writer = await DemoBulkWriter.OpenAsync(db, ct);
                var batch = new List<object>(Batch);
                for (var i = 0; i < rows; i++)
                {
                    batch.Add(CadreOf(i, units[townships[i % townships.Count].Code]));
                    if (batch.Count == Batch || i == rows - 1)
                    {
                        await writer.InsertAsync(batch, keysGiven: false, ct);
                        batch = new List<object>(Batch);
                    }
                }

                await tx.RollbackAsync(ct);
            }

            var loadRate = rows / clock.Elapsed.TotalSeconds;
            Info(output, $"bulk-load alone ({options.Provider}): {rows} rows in {clock.Elapsed.TotalSeconds:0.00} s = {loadRate:0} rows/s");

            // The import, end to end.
            db.ChangeTracker.Clear();
            var root = (await DataScopeQueries.RootAsync(db, ct))!;
            var request = new ImportRequest(Path.GetFileName(path), Commit: true) { Today = DemoDistrictGenerator.DataAsOf, UserName = "bench" };
            clock.Restart();
            ImportResult result;
            await using (var file = File.OpenRead(path))
            {
                result = await ImportService.RunAsync(db, root, kind, file, request, ct: ct);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            if (!result.Committed || result.Created != rows || result.Rows != rows)
            {
                throw new InvalidOperationException($"import of {rows} rows: committed {result.Committed}, {result.Rows} rows, {result.Created} created, {result.ErrorCount} errors: {string.Join("; ", result.Errors.Take(5))}");
            }

            var stored = await db.Cadres.CountAsync(ct);
            var importRate = rows / seconds;
            Info(output, $"import {format} ({options.Provider}): {result.Rows} rows, {result.Created} created, {stored} cadres stored, in {seconds:0.00} s = {importRate:0} rows/s");
            var limit = Math.Min(parseRate, loadRate);
            Figures.Print(output, $"import-{format}", importRate, limit, ">=0.5", importRate / limit >= 0.5);
        }
        finally
        {
            File.Delete(path);
        }

        EvaluateBench.PeakRss(output);
    }

    /// <summary>The cells of roster row <paramref name="i"/> by column key: a valid cadre, unique ID number (birth day and sequence from i).</summary>
    public static Dictionary<string, string?> RowOf(int i, (string Code, string Name) unit)
    {
        var birth = new DateOnly(1966, 1, 1).AddDays(i % 12_000);
        var male = i % 2 == 0;
        var sequence = ((i / 12_000) * 2) + (male ? 101 : 100);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"110101{birth:yyyyMMdd}{sequence:000}");
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["idNumber"] = first17 + IdCardNumber.CheckCharacter(first17),
            ["name"] = ChineseName(i),
            ["sexCode"] = male ? "男" : "女",
            ["birthDate"] = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ethnicityCode"] = "01 汉族",
            ["politicalStatusCode"] = i % 5 == 0 ? "13 群众" : "01 中共党员",
            ["educationCode"] = i % 3 == 0 ? "21" : "31",
            ["category"] = i % 4 == 0 ? "乡镇公务员" : "村（社区）干部",
            ["orgUnitCode"] = unit.Code,
            ["orgUnitName"] = unit.Name,
            ["joinedWorkOn"] = birth.AddYears(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "郭"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平"];

    private static string ChineseName(int i) => Surnames[i % Surnames.Length] + Given[(i / 16) % Given.Length] + (i % 3 == 0 ? "" : Given[(i / 320) % Given.Length]);

    /// <summary>The cadre the import creates from row <paramref name="i"/> (for the bulk-load-alone limit).</summary>
    private static Cadre CadreOf(int i, int unitId)
    {
        var r = RowOf(i, ("", ""));
        var input = new CadreInput
        {
            Name = r["name"], IdNumber = r["idNumber"], SexCode = r["sexCode"] == "男" ? "1" : "2",
            BirthDate = DateOnly.Parse(r["birthDate"]!, CultureInfo.InvariantCulture), EthnicityCode = "01",
            PoliticalStatusCode = r["politicalStatusCode"]![..2], EducationCode = r["educationCode"],
            Category = r["category"] == "乡镇公务员" ? CadreCategory.TownshipCivilServant : CadreCategory.VillageCadre,
            OrgUnitId = unitId, JoinedWorkOn = DateOnly.Parse(r["joinedWorkOn"]!, CultureInfo.InvariantCulture),
        };
        var cadre = new Cadre();
        CadreValidator.Apply(input, cadre);
        return cadre;
    }

    private static IEnumerable<string> Headers(ImportKind kind) => kind.Columns.Select(c => c.Required ? c.Header + "*" : c.Header);

    private static void WriteCsv(string path, ImportKind kind, int rows, IReadOnlyList<(string Code, string Name)> units)
    {
        using var text = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        text.Write(string.Join(",", Headers(kind)));
        text.Write("\r\n");
        for (var i = 0; i < rows; i++)
        {
            var row = RowOf(i, units[i % units.Count]);
            text.Write(string.Join(",", kind.Columns.Select(c => row.GetValueOrDefault(c.Key) ?? "")));
            text.Write("\r\n");
        }
    }

    /// <summary>The roster as xlsx, written by MiniExcel from an enumeration (rows are produced as the sheet is written).</summary>
    private static void WriteXlsx(string path, ImportKind kind, int rows, IReadOnlyList<(string Code, string Name)> units)
    {
        var headers = Headers(kind).ToArray();
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            for (var i = 0; i < rows; i++)
            {
                var row = RowOf(i, units[i % units.Count]);
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var c = 0; c < headers.Length; c++)
                {
                    cells[headers[c]] = row.GetValueOrDefault(kind.Columns[c].Key);
                }

                yield return cells;
            }
        }

        MiniExcel.SaveAs(path, Rows(), sheetName: "数据", excelType: ExcelType.XLSX);
    }

    /// <summary>Reads every row of the file as the import reads it (guard, stream, text cells); returns the rows, the header included.</summary>
    private static long ParseAll(Stream file)
    {
        var table = TabularFile.Open(file, ImportLimits.Default);
        long rows = 0;
        long cells = 0;
        foreach (var row in table.Rows())
        {
            rows++;
            cells += row.Cells.Count;
        }

        return cells > 0 ? rows : 0;
    }

    private static void Info(TextWriter output, FormattableString line) => output.WriteLine("info: " + line.ToString(CultureInfo.InvariantCulture));
}
