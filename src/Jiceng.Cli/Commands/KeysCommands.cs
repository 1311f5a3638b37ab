using System.CommandLine;
using System.Globalization;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary><c>jiceng keys rotate</c>: a new field-encryption key version, and every ID number re-encrypted with it.</summary>
public static class KeysCommands
{
    public static Command Create()
    {
        var rotate = new Command("rotate", "新增一个加密密钥版本并用它重新加密全部身份证号码（盲索引密钥不变）");
        rotate.SetAction(async (parse, ct) =>
        {
            var path = CliDatabase.KeyFilePath(parse);
            await using var db = CliDatabase.Open(parse, KeyFile.Load(path));
            await DatabaseInitializer.MigrateAsync(db, ct);
            var (version, rows) = await KeyRotation.RotateAsync(db, path, TimeProvider.System, ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[green]密钥已轮换[/]：当前版本 v{version}，重新加密 {rows} 条身份证号码（{Path.GetFullPath(path)}）");
            return 0;
        });
        return new Command("keys", "字段加密密钥") { rotate };
    }
}
