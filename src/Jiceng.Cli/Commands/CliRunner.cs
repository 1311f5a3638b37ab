using System.CommandLine;
using System.Globalization;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Jiceng.Cli.Commands;

/// <summary>
/// Runs a parsed command so that every ending is one clear Chinese line and a documented exit code
/// (<see cref="ExitCodes"/>): usage errors, refusals and environment problems say what to do; anything unexpected is
/// written in full to a log file under an id, and the message names that id and file.
/// </summary>
public static class CliRunner
{
    /// <summary>Where unexpected failures are logged, relative to the working directory (beside the default database).</summary>
    public const string ErrorLog = "./data/logs/jiceng-cli-errors.log";

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct = default)
    {
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"用法错误：{error.Message}");
            }

            Console.Error.WriteLine("运行 jiceng --help（或 jiceng <命令> --help）查看用法。");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, ct);
        }
        catch (CliException e)
        {
            Console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (EnvironmentMessage(e) is { } message)
        {
            Console.Error.WriteLine(message);
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("已取消。");
            return 130;
        }
        catch (Exception e)
        {
            var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
            var logged = TryLog(id, parse.CommandResult.Command.Name, e);
            Console.Error.WriteLine(logged is null
                ? $"发生意外错误（编号 {id}）：{e.GetType().Name}。请将编号告知系统管理员。"
                : $"发生意外错误（编号 {id}），详情已记入 {logged}。请将编号告知系统管理员。");
            return ExitCodes.Unexpected;
        }
    }

    /// <summary>The Chinese line for a failure of the machine rather than of the tool, or null.</summary>
    public static string? EnvironmentMessage(Exception e) => e switch
    {
        SetupProblemException p => p.Message,
        KeyRingException k => $"密钥文件有误：{k.Message}",
        SqliteException s => $"无法使用 SQLite 数据库：{s.Message}",
        Npgsql.NpgsqlException n => $"无法连接 PostgreSQL 数据库：{n.Message}",
        UnauthorizedAccessException u => $"没有访问权限：{u.Message}",
        _ => null,
    };

    private static string? TryLog(string id, string command, Exception e)
    {
        try
        {
            var path = Path.GetFullPath(ErrorLog);
            var dir = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(dir))
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(dir);
                }
                else
                {
                    Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, options);
            // The command's name only: its arguments may be personal data (an ID number being checked).
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{TimeProvider.System.GetUtcNow():O}] {id} jiceng {command}"));
            writer.WriteLine(e.ToString());
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
