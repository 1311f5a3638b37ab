using System.CommandLine;
using System.Globalization;
using Jiceng.Data.Audit;
using Jiceng.Data.Security;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary><c>jiceng audit verify</c> and <c>jiceng audit purge --before DATE</c>; both act as the "cli" user.</summary>
public static class AuditCommands
{
    public static Command Create()
    {
        var verify = new Command("verify", "以审计密钥重新计算审计日志的 HMAC-SM3 哈希链，并与密钥文件旁的锚定文件核对链头；指出第一条被改动、删除或调换顺序的条目，或被截断的链尾");
        verify.SetAction(async (parse, ct) =>
        {
            CliDatabase.RequireCreated(parse);
            // The chain is keyed from the key file: without it nothing can be verified (a missing or wrong file: exit 3).
            var keys = KeyFile.Load(CliDatabase.KeyFilePath(parse));

            var anchor = AuditAnchorFile.Beside(CliDatabase.KeyFilePath(parse), keys);
            await using var db = CliDatabase.Open(parse, keys);
            var result = await AuditVerifier.VerifyAsync(db, anchor, ct);
            if (result.Ok)
            {
                // A verified head becomes the new mark: from now on, cutting it off is detected.
                var problem = await AuditAnchoring.AnchorAsync(db, anchor, TimeProvider.System, ct);
                var mark = anchor.Read().Latest;
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]OK[/] 审计日志完整：{result.Count} 条");
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"锚定链头：条目 {mark?.LastId} {mark?.LastHash}（{anchor.Path}）");
                return problem is null ? 0 : 1;
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]FAILED[/] 第一处问题在条目 {result.FirstBadId}：{result.Problem}（此前 {result.Count} 条完好）");
            return 1;
        });

        var adminConnection = new Option<string>("--admin-connection") { Description = "数据库管理员（超级用户）的连接字符串", Required = true };
        var appRole = new Option<string?>("--app-role") { Description = "应用使用的数据库角色（默认取应用连接字符串中的用户名）" };
        var protect = new Command("protect", "PostgreSQL：收回应用角色对审计表的修改和删除权限，只能经审计清理函数删除超过保留期的条目") { adminConnection, appRole };
        protect.SetAction(async (parse, ct) =>
        {
            var role = parse.GetValue(appRole) ?? new Npgsql.NpgsqlConnectionStringBuilder(CliDatabase.Options(parse).EffectiveConnectionString).Username;
            if (string.IsNullOrEmpty(role))
            {
                AnsiConsole.MarkupLine("[red]请用 --app-role 指定应用的数据库角色[/]");
                return 1;
            }

            await AuditTableProtection.ApplyAsync(parse.GetValue(adminConnection)!, role, ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]已保护[/] 审计表归 {AuditTableProtection.OwnerRole} 所有；角色 {role} 只能读取和追加，清理须经 {AuditTableProtection.PurgeFunction}");
            return 0;
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

        return new Command("audit", "审计日志") { verify, purge, protect };
    }
}
