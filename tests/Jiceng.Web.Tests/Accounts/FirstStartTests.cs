using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Accounts;

/// <summary>The app's first start without demo data, with the district configured: the district and its three administrators exist.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStart_WithTheDistrictConfigured_CreatesTheDistrictAndTheThreeAdministrators()
    {
        await using var app = new ConfiguredDistrictWebFactory();
        _ = app.Server;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<AppUserManager>();

        var district = await db.OrgUnits.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("140603000000", "平鲁区"), (district.Code, district.Name));
        foreach (var (name, role) in new[] { ("sysadmin", Roles.SystemAdmin), ("secadmin", Roles.SecurityAdmin), ("auditadmin", Roles.AuditAdmin) })
        {
            var user = await users.FindByNameAsync(name);
            Assert.NotNull(user);
            Assert.True(user.MustChangePassword);
            Assert.Equal([role], await users.GetRolesAsync(user));
        }

        Assert.Equal(3, await db.Users.CountAsync(TestContext.Current.CancellationToken));
    }

    private sealed class ConfiguredDistrictWebFactory : JicengWebFactory
    {
        public ConfiguredDistrictWebFactory() => SeedDemo = false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Bootstrap:DistrictCode", "140603");
            builder.UseSetting("Bootstrap:DistrictName", "平鲁区");
        }
    }
}
