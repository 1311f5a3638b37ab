using System.CommandLine;
using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

public static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "把数据库升级到当前版本（新库则建表）");
        migrate.SetAction(async (parse, ct) =>
        {
            var options = CliDatabase.Options(parse);
            await using var db = CliDatabase.Open(parse, requireSchema: false);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await DatabaseInitializer.MigrateAsync(db, ct);
            await Data.Audit.AuditChainKeying.RunAsync(db, Data.Audit.AuditAnchorFile.Beside(CliDatabase.KeyFilePath(parse), db.KeyRing), ct);
            AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[green]数据库已是最新版本[/]（{options.Provider}，应用了 {pending.Count} 个迁移）");
            foreach (var m in pending)
            {
                AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"  {m}");
            }

            return 0;
        });
        return new Command("db", "数据库维护") { migrate };
    }
}
