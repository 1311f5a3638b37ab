using System.CommandLine;
using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary>
/// <c>jiceng import KIND FILE [--dry-run] [--org CODE] [--report FILE]</c>: the web wizard's pipeline on the command line,
/// all or nothing, with a progress bar. Exit 0 when written (or, with --dry-run, when every row passed), 1 when rows or the
/// file were refused (the errors are listed and, with --report, written to an xlsx report), 2 for a wrong command line.
/// </summary>
public static class ImportCommand
{
    private const int ListedErrors = 50;

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = $"记录类型：{string.Join(" | ", ImportKinds.Names)}" };
        kind.AcceptOnlyFromAmong([.. ImportKinds.Names]);
        var file = new Argument<FileInfo>("file") { Description = "xlsx 或 CSV（UTF-8 / GB18030）文件" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只校验，不写入" };
        var org = new Option<string?>("--org") { Description = "以该单位（12位区划代码）的管理范围导入（默认：整个辖区）" };
        var report = new Option<FileInfo?>("--report") { Description = "有错误时把错误报告（xlsx，含“错误说明”列）写到此文件" };
        var command = new Command("import", "从 xlsx 或 CSV 文件导入记录（全部通过校验才写入）") { kind, file, dryRun, org, report };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliException(ExitCodes.Usage, $"{path.FullName}：文件不存在。");
            }

            await using var db = CliDatabase.Open(parse);
            var scope = await ScopeAsync(db, parse.GetValue(org), ct)
                ?? throw new CliException(ExitCodes.Refused, parse.GetValue(org) is { } code ? $"未找到区划代码为 {code} 的单位。" : "数据库中还没有任何单位。");
            var importKind = ImportKinds.Create(parse.GetValue(kind)!)!;
            // The profile in force (the grades kind applies R5.1's cap with it), built only when a kind asks.
            var policy = Path.Combine(AppContext.BaseDirectory, "policy");
            var profiles = Directory.Exists(policy)
                ? new Lazy<Jiceng.Core.Policy.ProfileSet>(() => Jiceng.Web.Compliance.PolicyProfiles.Build(
                    Jiceng.Web.Compliance.PolicyProfiles.LoadFiles(policy), [.. Jiceng.Web.Compliance.PolicyProfiles.Adopted(db).Select(a => a.Profile)]))
                : null;
            var request = new ImportRequest(path.Name, Commit: !parse.GetValue(dryRun))
            {
                Today = ChinaTime.Today(TimeProvider.System), UserName = "cli", MaySetRemoteHardship = true,
                ProfileOn = profiles is null ? null : day => profiles.Value.InForceOn(day),
            };
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
            ImportResult result = null!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var reading = ctx.AddTask("读取并校验");
                    var writing = ctx.AddTask("写入", autoStart: false);
                    var progress = new SyncProgress(p =>
                    {
                        if (p.Stage == ImportStage.Reading)
                        {
                            reading.MaxValue = 1;
                            reading.Value = Math.Max(reading.Value, stream.CanSeek ? (double)stream.Position / Math.Max(1, stream.Length) : 0);
                        }
                        else
                        {
                            reading.Value = reading.MaxValue;
                            writing.StartTask();
                            writing.MaxValue = Math.Max(1, p.Total);
                            writing.Value = p.Done;
                        }
                    });
                    result = await ImportService.RunAsync(db, scope, importKind, stream, request, progress, ct);
                    reading.Value = reading.MaxValue;
                    writing.Value = writing.MaxValue;
                });

            foreach (var notice in result.Notices)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]提示：[/]{notice}");
            }

            if (result.ErrorCount > 0)
            {
                var table = new Table().AddColumn("行").AddColumn("列").AddColumn("值").AddColumn("原因");
                foreach (var e in result.Errors.Take(ListedErrors))
                {
                    table.AddRow(Markup.Escape(e.Row > 0 ? e.Row.ToString(CultureInfo.InvariantCulture) : "—"), Markup.Escape(e.Column),
                        Markup.Escape(e.Value ?? ""), Markup.Escape(e.Reason));
                }

                AnsiConsole.Write(table);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"共 {result.ErrorCount} 处错误{(result.ErrorCount > ListedErrors ? $"（列出前 {ListedErrors} 处）" : "")}，未写入任何记录。"));
                if (parse.GetValue(report) is { } reportFile)
                {
                    await using var output = File.Create(reportFile.FullName);
                    await ImportErrorReport.WriteAsync(stream, result, request.Limits, output, ct);
                    Console.Error.WriteLine($"错误报告已写入 {reportFile.FullName}");
                }

                return ExitCodes.Refused;
            }

            var counts = new Table().AddColumn("内容").AddColumn(new TableColumn("数量").RightAligned());
            counts.AddRow("行数", N(result.Rows));
            counts.AddRow(request.Commit ? "新增" : "将新增", N(result.Created));
            counts.AddRow(request.Commit ? "更新" : "将更新", N(result.Updated));
            counts.AddRow("未变", N(result.Unchanged));
            AnsiConsole.Write(counts);
            AnsiConsole.WriteLine(!request.Commit ? "校验通过（--dry-run：未写入）。"
                : result.AlreadyImported ? $"该文件已于批次 {result.PreviousBatchId} 导入过，本次没有任何变化。"
                : $"已导入（批次 {result.BatchId}，SHA-256 {result.Sha256[..12]}…）。");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<DataScope?> ScopeAsync(Data.JicengDbContext db, string? code, CancellationToken ct)
    {
        if (code is null)
        {
            return await DataScopeQueries.RootAsync(db, ct);
        }

        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        return unit is null ? null : new DataScope(unit.Id, unit.Path);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and race the bar's end).</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
