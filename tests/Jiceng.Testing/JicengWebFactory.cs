using System.Text.RegularExpressions;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Testing;

/// <summary>
/// The real web app on a temporary SQLite file seeded with the small demo dataset. Sign-in goes through the real
/// sign-in form (antiforgery token included), never a fake authentication handler.
/// </summary>
public sealed partial class JicengWebFactory : WebApplicationFactory<Program>
{
    public const string TestPassword = "Test-Passw0rd!";
    private readonly string _dbFile = Path.Combine(Path.GetTempPath(), $"jiceng-web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("Database:ConnectionString", $"Data Source={_dbFile}");
        builder.UseSetting("Demo:Scale", "Small");
    }

    /// <summary>Creates (once) a user in the given org unit and role.</summary>
    public async Task<string> EnsureUserAsync(string userName, string role, Func<JicengDbContext, Task<int>> orgUnit)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
            var user = new AppUser { UserName = userName, DisplayName = userName, OrgUnitId = await orgUnit(db) };
            var created = await users.CreateAsync(user, TestPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
        }

        return userName;
    }

    /// <summary>The district's organization-department user (sees everything).</summary>
    public Task<string> DistrictUserAsync() => EnsureUserAsync("t-district", Roles.OrgDepartment,
        db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.District).Select(u => u.Id).SingleAsync());

    /// <summary>A township staff user of the first township (by code).</summary>
    public Task<string> TownshipUserAsync() => EnsureUserAsync("t-township", Roles.TownshipStaff,
        db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync());

    /// <summary>An auditor of the district: may read, not write.</summary>
    public Task<string> AuditorUserAsync() => EnsureUserAsync("t-auditor", Roles.Auditor,
        db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.District).Select(u => u.Id).SingleAsync());

    /// <summary>An HTTP client signed in through the sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = TestPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _dbFile, _dbFile + "-wal", _dbFile + "-shm" })
        {
            File.Delete(f);
        }
    }
}
