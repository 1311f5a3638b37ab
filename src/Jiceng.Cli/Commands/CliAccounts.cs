using System.CommandLine;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.Accounts;
using Jiceng.Data.Scope;
using Jiceng.Data.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary>
/// What the <c>users</c> commands share: the app's identity services on the configured database, and the administrator
/// named by <c>--as</c>, whose duties (三员分立) bound what the command may do and who the audit trail names.
/// </summary>
public static class CliAccounts
{
    public static readonly Option<string> AsOption = new("--as")
    {
        Description = "以哪位管理员的身份操作（用户名）：sysadmin 创建、停用、启用、重置、解锁；secadmin 分配角色和范围、重置验证器；auditadmin 只读",
        Required = true,
    };

    /// <summary>The app's services for accounts (users, roles, administration, audit log) on the configured database.</summary>
    public static ServiceProvider Services(ParseResult parse)
    {
        var services = new ServiceCollection();
        services.AddSingleton(CliDatabase.Configuration(parse));
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddJicengData();
        // Password-reset tokens are made and used within one command: keys in memory are enough.
        services.AddSingleton<IDataProtectionProvider>(sp => new EphemeralDataProtectionProvider(sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IAuditContext>(AmbientAuditContext.Instance);
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddJicengIdentityCore();
        return services.BuildServiceProvider();
    }

    /// <summary>Runs a command as the administrator named by --as; refuses (exit 1) when there is no such enabled administrator.</summary>
    public static async Task<int> AsOperatorAsync(ParseResult parse, CancellationToken ct, Func<IServiceProvider, AccountOperator, Task<int>> run)
    {
        await using var provider = Services(parse);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        await DatabaseInitializer.MigrateAsync(db, ct);
        var name = parse.GetValue(AsOption) ?? "";
        var users = scope.ServiceProvider.GetRequiredService<AppUserManager>();
        var user = await users.FindByNameAsync(name);
        if (user is null || user.IsDisabled)
        {
            return Fail($"没有名为“{name}”的可用账号（--as 须是一位未停用的管理员）。");
        }

        var roles = (await users.GetRolesAsync(user)).ToList();
        var unit = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == user.OrgUnitId, ct);
        var op = new AccountOperator(user.Id, roles, new DataScope(unit.Id, unit.Path));
        var actor = new AuditActor(user.UserName!, string.Join(",", roles.Order(StringComparer.Ordinal)), unit.Id, $"cli@{Environment.MachineName}");
        using (AmbientAuditContext.Use(actor))
        {
            return await run(scope.ServiceProvider, op);
        }
    }

    /// <summary>The id of the account with this user name, or null (reported) when there is none.</summary>
    public static async Task<string?> IdOfAsync(IServiceProvider services, string userName)
    {
        var user = await services.GetRequiredService<AppUserManager>().FindByNameAsync(userName);
        if (user is null)
        {
            Fail($"账号“{userName}”不存在。");
        }

        return user?.Id;
    }

    /// <summary>Prints the refusal (field errors or not found) and returns the exit code 1.</summary>
    public static int Report<T>(Data.Common.CommandResult<T> result)
    {
        var message = result.NotFound ? "账号不存在或不在您的管理范围内。" : string.Join("；", result.Errors.Select(e => e.Message));
        return Fail(message);
    }

    public static int Fail(string message)
    {
        AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]失败[/]：{message}");
        return 1;
    }

    /// <summary>A one-time password, printed once and stored nowhere.</summary>
    public static void PrintOneTime(string userName, string displayName, string password)
    {
        AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"  {userName,-12} [bold]{password}[/]   {displayName}");
    }
}
