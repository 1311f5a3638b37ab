using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Startup;

/// <summary>
/// First start of a production database (<c>Demo:SeedOnEmpty=false</c>) without any account: the three administrators
/// are created and their one-time passwords printed once. The district is the database's top unit, or is created from
/// <c>Bootstrap:DistrictCode</c> and <c>Bootstrap:DistrictName</c>; without either the start only says how to go on.
/// </summary>
public static class FirstStart
{
    public static async Task BootstrapAsync(IServiceProvider services, IConfiguration config, ILogger logger, CancellationToken ct)
    {
        var db = services.GetRequiredService<JicengDbContext>();
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var result = await AdminBootstrap.RunAsync(services.GetRequiredService<AppUserManager>(), services.GetRequiredService<RoleManager<IdentityRole>>(), db,
            config["Bootstrap:DistrictCode"], config["Bootstrap:DistrictName"], ct);
        if (!result.Succeeded)
        {
            logger.LogWarning("No accounts yet: {Problem} Set Bootstrap:DistrictCode and Bootstrap:DistrictName, or run `jiceng users bootstrap --district-code … --district-name …`.",
                string.Join(" ", result.Errors.Select(e => e.Message)));
            return;
        }

        Print(result.Value!);
    }

    public static void Print(IReadOnlyList<BootstrapAccount> accounts)
    {
        Console.WriteLine();
        Console.WriteLine("管理员账号已创建（一次性密码只显示这一次，请分别交给三位管理员；首次登录须修改密码并绑定身份验证器）");
        Console.WriteLine("administrator accounts created (one-time passwords are shown only once; change at first sign-in, then enrol an authenticator):");
        foreach (var a in accounts)
        {
            Console.WriteLine($"  {a.UserName,-11} {a.OneTimePassword}   {a.DisplayName}");
        }

        Console.WriteLine();
    }
}
