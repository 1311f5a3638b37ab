using System.Text.RegularExpressions;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Data.Security;
using Jiceng.Data.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jiceng.Testing;

/// <summary>
/// The real web app on a temporary SQLite file seeded with the small demo dataset. Sign-in goes through the real
/// sign-in form (antiforgery token included), never a fake authentication handler. Clients talk HTTPS (the app's
/// cookies are Secure, and a cookie container sends those only over HTTPS). Sign-in rate limits are raised, since
/// the tests sign in far more often than a person; <see cref="RealRateLimits"/> keeps the configured ones.
/// </summary>
public partial class JicengWebFactory : WebApplicationFactory<Program>
{
    public const string TestPassword = "Test-Passw0rd!";
    public static readonly Uri BaseAddress = new("https://localhost");
    private readonly string _dbFile = Path.Combine(Path.GetTempPath(), $"jiceng-web-{Guid.NewGuid():N}.db");

    /// <summary>The app's field-encryption key file, created by the app on first start.</summary>
    public string KeyFilePath => _dbFile + ".keys.json";

    /// <summary>The audit chain's anchor file (its own per app: the default, beside the key file, is the shared temp directory).</summary>
    public string AnchorFilePath => _dbFile + ".audit-head.log";

    public JicengWebFactory() => ClientOptions.BaseAddress = BaseAddress;

    /// <summary>When set, the app's clock (sessions, lockout, password age); tests move it forward.</summary>
    public FakeTimeProvider? Clock { get; init; }

    public bool RealRateLimits { get; init; }

    /// <summary>False for a production-like start: no demo district and no demo accounts (<c>Demo:SeedOnEmpty=false</c>).</summary>
    public bool SeedDemo { get; init; } = true;

    /// <summary>Every unmasking (and other sensitive read) the app reported.</summary>
    public RecordingSensitiveReadAuditor SensitiveReads { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("Database:ConnectionString", $"Data Source={_dbFile}");
        builder.UseSetting("Demo:Scale", "Small");
        builder.UseSetting("Security:KeyFile", KeyFilePath);
        builder.UseSetting("Audit:AnchorFile", AnchorFilePath);
        if (!SeedDemo)
        {
            builder.UseSetting("Demo:SeedOnEmpty", "false");
        }

        // Served as localhost and under a production-like name (HSTS is never sent to localhost).
        builder.UseSetting("AllowedHosts", "localhost;127.0.0.1;[::1];jiceng.example");
        if (!RealRateLimits)
        {
            builder.UseSetting("Security:SignInRateLimit:PerAddressPerMinute", "100000");
            builder.UseSetting("Security:SignInRateLimit:PerUserNamePerMinute", "100000");
            builder.UseSetting("Security:SignInRateLimit:FailedPerAddressPerHour", "100000");
            builder.UseSetting("Security:SignInRateLimit:FailedPerHour", "100000");
        }

        builder.ConfigureTestServices(s => s.AddSingleton<ISensitiveReadAuditor>(sp =>
        {
            SensitiveReads.Inner = new Data.Audit.AuditLogSensitiveReadAuditor(sp.GetRequiredService<Data.Audit.IAuditLog>());
            return SensitiveReads;
        }));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public HttpClient NewClient(bool handleCookies = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies, BaseAddress = BaseAddress });
        // Browsers send their page's Origin with every write; the API refuses cookie-authenticated writes without it.
        client.DefaultRequestHeaders.Add("Origin", BaseAddress.GetLeftPart(UriPartial.Authority));
        return client;
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
            Check(await users.CreateAsync(user, TestPassword));
            Check(await users.AddToRoleAsync(user, role));
        }

        return userName;
    }

    /// <summary>Creates (once) a user of the district in the given role.</summary>
    public Task<string> EnsureDistrictUserAsync(string userName, string role) => EnsureUserAsync(userName, role,
        db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.District).Select(u => u.Id).SingleAsync());

    /// <summary>The district's organization-department user (sees everything).</summary>
    public Task<string> DistrictUserAsync() => EnsureDistrictUserAsync("t-district", Roles.OrgDepartment);

    /// <summary>A township staff user of the first township (by code).</summary>
    public Task<string> TownshipUserAsync() => EnsureUserAsync("t-township", Roles.TownshipStaff,
        db => db.OrgUnits.Where(u => u.Kind == Core.Org.OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync());

    /// <summary>An auditor of the district: may read, not write.</summary>
    public Task<string> AuditorUserAsync() => EnsureDistrictUserAsync("t-auditor", Roles.Auditor);

    /// <summary>Runs something with the app's user manager (in its own scope).</summary>
    public async Task<T> WithUsersAsync<T>(Func<AppUserManager, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppUserManager>());
    }

    /// <summary>An HTTP client signed in through the sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = TestPassword)
    {
        var client = NewClient();
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
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    /// <summary>The antiforgery token of the (first) form in a page.</summary>
    public static string AntiforgeryToken(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _dbFile, _dbFile + "-wal", _dbFile + "-shm", KeyFilePath, AnchorFilePath })
        {
            File.Delete(f);
        }
    }
}
