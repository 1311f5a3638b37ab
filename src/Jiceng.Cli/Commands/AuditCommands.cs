using System.CommandLine;
using System.Globalization;
using Jiceng.Data.Audit;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary><c>jiceng audit verify</c> and <c>jiceng audit purge --before DATE</c>; both act as the "cli" user.</summary>
public static class AuditCommands
{
    public static Command Create()
    {
        var verify = new Command("verify", "重新计算审计日志的 SM3 哈希链；指出第一条被改动、删除或调换顺序的条目");
        verify.SetAction(async (parse, ct) =>
        {
            await using var db = CliDatabase.Open(parse);
            var result = await AuditVerifier.VerifyAsync(db, ct);
            if (result.Ok)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]OK[/] 审计日志完整：{result.Count} 条");
                return 0;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]FAILED[/] 第一处问题在条目 {result.FirstBadId}：{result.Problem}（此前 {result.Count} 条完好）");
            return 1;
        });

        var before = new Option<DateOnly>("--before") { Description = "清理此日期（UTC）之前的条目；须早于保留期", Required = true };
        var purge = new Command("purge", "清理超过保留期（默认且至少 180 天，配置 Audit:RetentionDays）的审计条目；清理本身记入审计日志") { before };
        purge.SetAction(async (parse, ct) =>
        {
            var options = CliDatabase.Configuration(parse).GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
            await using var db = CliDatabase.Open(parse);
            var cutoff = parse.GetValue(before).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var result = await AuditPurge.PurgeAsync(db, cutoff, options.EffectiveRetentionDays, ct);
            if (result.Refused)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{result.Message}[/]");
                return 1;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]{result.Message}[/]");
            return 0;
        });

        return new Command("audit", "审计日志") { verify, purge };
    }
}
