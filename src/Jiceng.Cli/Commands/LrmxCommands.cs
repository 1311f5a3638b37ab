using System.CommandLine;
using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary>
/// <c>jiceng lrmx import FILE|ZIP --org CODE [--category C] [--dry-run]</c> and
/// <c>jiceng lrmx export (--cadre ID... | --org CODE) -o OUT(.lrmx|.zip)</c>: the 任免审批表 exchange of
/// <c>/api/v1/lrmx</c> on the command line, through the same <see cref="LrmxImport"/> and <see cref="LrmxExport"/> (all or
/// nothing, audited as the CLI). As in <c>jiceng import</c>, <c>--org</c> sets the scope (the unit's subtree); an import
/// also puts new cadres into that unit. Exit 0 when written (or, with --dry-run, when every file passed), 1 when refused,
/// 2 for a wrong command line.
/// </summary>
public static class LrmxCommands
{
    public static Command Create()
    {
        var command = new Command("lrmx", "任免审批表（.lrmx）的导入与导出");
        command.Subcommands.Add(ImportCommand());
        command.Subcommands.Add(ExportCommand());
        return command;
    }

    private static Command ImportCommand()
    {
        var file = new Argument<FileInfo>("file") { Description = ".lrmx 文件，或多个 .lrmx 的 .zip" };
        var org = new Option<string>("--org") { Description = "导入单位（12位区划代码）：新干部登记到该单位，并以该单位的管理范围导入", Required = true };
        var category = new Option<CadreCategory>("--category") { Description = "新干部的人员类别（默认 TownshipCivilServant）", DefaultValueFactory = _ => CadreCategory.TownshipCivilServant };
        var dryRun = new Option<bool>("--dry-run") { Description = "只校验，不写入" };
        var command = new Command("import", "导入任免审批表（全部通过校验才写入）") { file, org, category, dryRun };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliException(ExitCodes.Usage, $"{path.FullName}：文件不存在。");
            }

            await using var db = CliDatabase.Open(parse);
            var (scope, unitId) = await UnitScopeAsync(db, parse.GetValue(org)!, ct);
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
            var (files, refusal) = LrmxImport.Unpack(path.Name, stream);
            if (refusal is not null)
            {
                throw new CliException(ExitCodes.Refused, $"{path.Name}：{refusal.Message}");
            }

            var options = new LrmxImportOptions(unitId, parse.GetValue(category));
            var today = ChinaTime.Today(TimeProvider.System);
            var commit = !parse.GetValue(dryRun);
            var result = commit
                ? await LrmxImport.CommitAsync(db, scope, files, options, today, ct)
                : await LrmxImport.PreviewAsync(db, scope, files, options, today, ct);
            Print(result);
            if (!result.Ok)
            {
                var problems = result.Files.Sum(f => f.Errors.Count) + (result.Refusal is null ? 0 : 1);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"共 {problems} 处错误，未写入任何记录。"));
                return ExitCodes.Refused;
            }

            var created = result.Files.Count(f => !f.IsUpdate);
            var updated = result.Files.Count - created;
            AnsiConsole.WriteLine(commit
                ? string.Create(CultureInfo.InvariantCulture, $"已导入 {result.Files.Count} 份任免审批表：新增 {created} 人，更新 {updated} 人。")
                : string.Create(CultureInfo.InvariantCulture, $"校验通过（--dry-run：未写入）：将新增 {created} 人，更新 {updated} 人。"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(LrmxImportResult result)
    {
        if (result.Refusal is { } refusal)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]拒绝：[/]{refusal.Message}");
        }

        var table = new Table().AddColumn("文件").AddColumn("姓名").AddColumn("身份证号").AddColumn("操作")
            .AddColumn(new TableColumn("简历").RightAligned()).AddColumn(new TableColumn("家庭成员").RightAligned())
            .AddColumn(new TableColumn("考核").RightAligned()).AddColumn("照片").AddColumn("问题");
        foreach (var f in result.Files)
        {
            table.AddRow(Markup.Escape(f.FileName), Markup.Escape(f.Name ?? ""), Markup.Escape(f.IdNumberMasked ?? ""), f.IsUpdate ? "更新" : "新增",
                N(f.ResumeLines), N(f.FamilyMembers), N(f.Grades), f.HasPhoto ? "有" : "无",
                Markup.Escape(string.Join("；", f.Errors.Select(e => e.Message))));
        }

        AnsiConsole.Write(table);
        foreach (var f in result.Files)
        {
            foreach (var e in f.Errors)
            {
                Console.WriteLine($"{f.FileName}：{e.Message}"); // unwrapped, whatever the console's width
            }
        }
    }

    private static Command ExportCommand()
    {
        var cadres = new Option<int[]>("--cadre") { Description = "干部编号（可多个）", AllowMultipleArgumentsPerToken = true };
        var org = new Option<string?>("--org") { Description = "导出该单位（12位区划代码）及其下属单位的全部干部" };
        var output = new Option<FileInfo>("-o", "--output") { Description = "输出文件：一名干部为 .lrmx，多名为 .zip", Required = true };
        var command = new Command("export", "导出任免审批表（含完整身份证号和家庭成员，留痕）") { cadres, org, output };
        command.SetAction(async (parse, ct) =>
        {
            var ids = (parse.GetValue(cadres) ?? []).Distinct().ToList();
            var code = parse.GetValue(org);
            if (ids.Count > 0 == code is not null)
            {
                throw new CliException(ExitCodes.Usage, "请指定 --cadre 或 --org 之一。");
            }

            var target = parse.GetValue(output)!;
            var extension = target.Extension.ToLowerInvariant();
            if (extension is not (".lrmx" or ".zip"))
            {
                throw new CliException(ExitCodes.Usage, $"{target.Name}：输出文件应以 .lrmx 或 .zip 结尾。");
            }

            await using var db = CliDatabase.Open(parse);
            DataScope scope;
            if (code is not null)
            {
                (scope, _) = await UnitScopeAsync(db, code, ct);
                ids = await LrmxExport.IdsOfUnitAsync(db, scope, scope.Path, ct);
            }
            else
            {
                scope = await DataScopeQueries.RootAsync(db, ct) ?? throw new CliException(ExitCodes.Refused, "数据库中还没有任何单位。");
                var found = await db.Cadres.AsNoTracking().InScope(scope).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
                if (ids.Except(found).ToList() is { Count: > 0 } missing)
                {
                    throw new CliException(ExitCodes.Refused, $"未找到编号为 {string.Join("、", missing)} 的干部。");
                }
            }

            if (ids.Count == 0)
            {
                throw new CliException(ExitCodes.Refused, $"单位 {code} 及其下属单位没有干部。");
            }

            if (extension == ".lrmx")
            {
                if (ids.Count != 1)
                {
                    throw new CliException(ExitCodes.Usage, string.Create(CultureInfo.InvariantCulture, $"共 {ids.Count} 名干部：多名干部请输出为 .zip。"));
                }

                var (_, bytes) = (await LrmxExport.OneAsync(db, scope, ids[0], ct))!.Value;
                await File.WriteAllBytesAsync(target.FullName, bytes, ct);
                AnsiConsole.WriteLine($"已导出 1 份任免审批表到 {target.FullName}。");
                return ExitCodes.Ok;
            }

            await using (var stream = File.Create(target.FullName))
            {
                var count = await LrmxExport.ZipAsync(db, scope, ids, stream, ct);
                AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已导出 {count} 份任免审批表到 {target.FullName}。"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<(DataScope Scope, int UnitId)> UnitScopeAsync(JicengDbContext db, string code, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct)
            ?? throw new CliException(ExitCodes.Refused, $"未找到区划代码为 {code} 的单位。");
        return (new DataScope(unit.Id, unit.Path), unit.Id);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
