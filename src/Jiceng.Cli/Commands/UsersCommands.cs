using System.CommandLine;
using System.Globalization;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.Accounts;
using Jiceng.Data.Storage;
using Jiceng.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Jiceng.Cli.Commands;

/// <summary>
/// <c>jiceng users bootstrap|list|add|disable|enable|reset|unlock|grant|reset-2fa</c>: the same account administration
/// as the web page, under the same separation of duties; every change is audited under the administrator given by --as.
/// </summary>
public static class UsersCommands
{
    private static readonly Argument<string> UserArgument = new("user") { Description = "要操作的账号（用户名）" };

    public static Command Create() => new("users", "账号管理（三员分立：系统管理员管账号，安全管理员管角色和范围，审计管理员只读）")
    {
        Bootstrap(), List(), Add(), Change("disable", "停用账号（其会话立即结束）", (a, op, id) => a.SetDisabledAsync(op, id, disabled: true)),
        Change("enable", "启用账号", (a, op, id) => a.SetDisabledAsync(op, id, disabled: false)), Reset(),
        Change("unlock", "解除账号锁定", (a, op, id) => a.UnlockAsync(op, id)), Grant(),
        Change("reset-2fa", "重置身份验证器（手机丢失时；该用户下次登录须重新绑定）", (a, op, id) => a.ResetAuthenticatorAsync(op, id)),
    };

    private static Command Bootstrap()
    {
        var code = new Option<string?>("--district-code") { Description = "本区（县）的区划代码，6 位或 12 位（数据库中还没有单位时必填）" };
        var name = new Option<string?>("--district-name") { Description = "本区（县）的名称（数据库中还没有单位时必填）" };
        var command = new Command("bootstrap", "在没有任何账号的数据库中创建三位管理员（系统、安全、审计），一次性密码只显示这一次") { code, name };
        command.SetAction(async (parse, ct) =>
        {
            await using var provider = CliAccounts.Services(parse);
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
            await DatabaseInitializer.MigrateAsync(db, ct);
            using var actor = Data.Audit.AmbientAuditContext.Use(Data.Audit.AuditActor.Cli);
            var result = await AdminBootstrap.RunAsync(scope.ServiceProvider.GetRequiredService<AppUserManager>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), db, parse.GetValue(code), parse.GetValue(name), ct);
            if (!result.Succeeded)
            {
                var exit = CliAccounts.Report(result);
                if (result.Errors.Any(e => e.Field is "districtCode" or "districtName"))
                {
                    AnsiConsole.MarkupLine("例如：jiceng users bootstrap --district-code 140603 --district-name 平鲁区");
                }

                return exit;
            }

            FirstStart.Print(result.Value!);
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "列出管理范围内的账号") { CliAccounts.AsOption };
        command.SetAction((parse, ct) => CliAccounts.AsOperatorAsync(parse, ct, async (services, op) =>
        {
            var result = await services.GetRequiredService<AccountAdministration>().ListAsync(op, ct);
            if (!result.Succeeded)
            {
                return CliAccounts.Report(result);
            }

            var table = new Table().AddColumns("用户名", "姓名", "单位", "角色", "状态");
            foreach (var a in result.Value!)
            {
                table.AddRow(Markup.Escape(a.UserName), Markup.Escape(a.DisplayName), Markup.Escape(a.OrgUnitName),
                    a.Roles.Count == 0 ? "（未分配）" : string.Join(",", a.Roles), Status(a));
            }

            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Add()
    {
        var display = new Option<string>("--name") { Description = "使用人姓名", Required = true };
        var command = new Command("add", "创建账号（无角色，须由安全管理员分配后才能登录），一次性密码只显示这一次") { UserArgument, display, CliAccounts.AsOption };
        command.SetAction((parse, ct) => CliAccounts.AsOperatorAsync(parse, ct, async (services, op) =>
        {
            var result = await services.GetRequiredService<AccountAdministration>().CreateAsync(op, new NewAccountInput(parse.GetValue(UserArgument), parse.GetValue(display)), ct);
            if (!result.Succeeded)
            {
                return CliAccounts.Report(result);
            }

            AnsiConsole.MarkupLine("[green]账号已创建[/]。一次性密码只显示这一次，首次登录须修改：");
            CliAccounts.PrintOneTime(result.Value!.Account.UserName, result.Value.Account.DisplayName, result.Value.OneTimePassword);
            return 0;
        }));
        return command;
    }

    private static Command Reset()
    {
        var command = new Command("reset", "重置密码（同时解除锁定，其会话立即结束），一次性密码只显示这一次") { UserArgument, CliAccounts.AsOption };
        command.SetAction((parse, ct) => CliAccounts.AsOperatorAsync(parse, ct, async (services, op) =>
        {
            if (await CliAccounts.IdOfAsync(services, parse.GetValue(UserArgument)!) is not { } id)
            {
                return 1;
            }

            var result = await services.GetRequiredService<AccountAdministration>().ResetPasswordAsync(op, id, ct);
            if (!result.Succeeded)
            {
                return CliAccounts.Report(result);
            }

            AnsiConsole.MarkupLine("[green]密码已重置[/]。一次性密码只显示这一次，登录后须修改：");
            CliAccounts.PrintOneTime(result.Value!.Account.UserName, result.Value.Account.DisplayName, result.Value.OneTimePassword);
            return 0;
        }));
        return command;
    }

    private static Command Grant()
    {
        var roles = new Option<string[]>("--role")
        {
            Description = "角色（可重复；账号将恰好拥有这些角色）：" + string.Join("、", Roles.All),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var org = new Option<string>("--org") { Description = "数据范围：单位的 12 位代码（该单位及其下级）", Required = true };
        var command = new Command("grant", "分配角色和数据范围（其会话立即结束）") { UserArgument, roles, org, CliAccounts.AsOption };
        command.SetAction((parse, ct) => CliAccounts.AsOperatorAsync(parse, ct, async (services, op) =>
        {
            if (await CliAccounts.IdOfAsync(services, parse.GetValue(UserArgument)!) is not { } id)
            {
                return 1;
            }

            var code = parse.GetValue(org)!.Trim();
            var unitId = await services.GetRequiredService<JicengDbContext>().OrgUnits.Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                return CliAccounts.Fail($"没有代码为“{code}”的单位。");
            }

            return Print(await services.GetRequiredService<AccountAdministration>().GrantAsync(op, id, new GrantInput(parse.GetValue(roles), unitId), ct), "已分配角色和数据范围");
        }));
        return command;
    }

    private static Command Change(string name, string description, Func<AccountAdministration, AccountOperator, string, Task<Data.Common.CommandResult<AccountRow>>> change)
    {
        var command = new Command(name, description) { UserArgument, CliAccounts.AsOption };
        command.SetAction((parse, ct) => CliAccounts.AsOperatorAsync(parse, ct, async (services, op) =>
            await CliAccounts.IdOfAsync(services, parse.GetValue(UserArgument)!) is { } id
                ? Print(await change(services.GetRequiredService<AccountAdministration>(), op, id), description.Split('（')[0] + "完成")
                : 1));
        return command;
    }

    private static int Print(Data.Common.CommandResult<AccountRow> result, string done)
    {
        if (!result.Succeeded)
        {
            return CliAccounts.Report(result);
        }

        var a = result.Value!;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]{done}[/]：{a.UserName}（{a.DisplayName}，{a.OrgUnitName}）角色 {(a.Roles.Count == 0 ? "（未分配）" : string.Join(",", a.Roles))}，{Status(a)}");
        return 0;
    }

    private static string Status(AccountRow a) =>
        string.Join(" ", new[]
        {
            a.IsDisabled ? "已停用" : "正常",
            a.IsLockedOut ? "已锁定" : "",
            a.MustChangePassword ? "待改密码" : "",
            a.TwoFactorEnabled ? "已绑定验证器" : "",
        }.Where(s => s.Length > 0));
}
