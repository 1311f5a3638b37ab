using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Identity;
using Jiceng.Data.Identity.ApiTokens;
using Jiceng.Data.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jiceng.Bench;

/// <summary>
/// <c>web-load</c>: the web app as a separate process on the demo district (SQLite or PostgreSQL), then
/// <c>users</c> simulated users on loopback, each signed in with its own session cookie and holding an API token, each
/// requesting a mix of pages and API reads with a pause (think time) between requests. The same users then request a
/// static file of the same app with the same pacing: that is the limit (what the host, the loopback and the load
/// generator cost on this machine). Figures: the p95 of the mix (bar: ≤ 100 ms, no errors), the cold start to the
/// first page on the seeded database (bar: ≤ 5 s), and the app's peak resident memory (bar: ≤ 1.5 GB).
/// </summary>
internal static partial class WebLoadBench
{
    private const double P95Bar = 0.100;
    private const double ColdStartBar = 5.0;
    private const double RssBarBytes = 1.5 * 1024 * 1024 * 1024;

    public sealed record Options(string Provider, string? Postgres, string Scale, int Users, int Seconds, int ThinkMs);

    public static async Task<int> RunAsync(string[] args)
    {
        var o = Parse(args);
        var web = WebAppDll();
        var work = Directory.CreateTempSubdirectory("jiceng-web-load-");
        var dbFile = Path.Combine(work.FullName, "jiceng.db");
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = o.Provider == "postgres" ? "Postgres" : "Sqlite",
            ["Database:ConnectionString"] = o.Postgres ?? $"Data Source={dbFile}",
            ["Security:KeyFile"] = Path.Combine(work.FullName, "keys.json"),
            ["Audit:AnchorFile"] = Path.Combine(work.FullName, "audit-head.log"),
            ["Demo:Scale"] = o.Scale == "district" ? "District" : "Small",
            ["Demo:SeedOnEmpty"] = "true",
            // The simulated users all sign in from one address within a minute.
            ["Security:SignInRateLimit:PerAddressPerMinute"] = "100000",
            ["Security:SignInRateLimit:PerUserNamePerMinute"] = "100000",
            ["Security:SignInRateLimit:FailedPerAddressPerHour"] = "100000",
        };
        try
        {
            if (o.Postgres is not null)
            {
                await using var drop = NewDb(settings);
                await drop.Database.EnsureDeletedAsync();
            }

            // First start: migrate and seed the demo district, then stop.
            var port = FreePort();
            using (var first = WebProcess.Start(web, port, settings))
            {
                await first.WaitForHealthAsync(TimeSpan.FromMinutes(10));
                await first.StopAsync();
            }

            var (password, token) = await CreateBenchUserAsync(settings);

            // Second start on the seeded database: the cold start.
            using var app = WebProcess.Start(web, port, settings);
            var cold = Stopwatch.StartNew();
            await app.WaitForFirstPageAsync(TimeSpan.FromMinutes(2));
            var coldSeconds = cold.Elapsed.TotalSeconds;

            var baseUri = new Uri($"http://127.0.0.1:{port}");
            using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 1000 };
            using var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
            var ids = await CadreIdsAsync(http, token);
            var users = new List<SimUser>();
            for (var i = 0; i < o.Users; i++)
            {
                users.Add(await SimUser.SignInAsync(http, BenchUserName, password, token, ids, seed: i));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"web-load ({o.Provider}, {o.Scale}): {o.Users} users signed in, think time {o.ThinkMs} ms, {o.Seconds} s per phase; cold start {coldSeconds:0.00} s"));

            // Warm-up (JIT, query compilation, caches), not counted.
            await RunPhaseAsync(users, u => u.NextMixedRequest(), TimeSpan.FromSeconds(Math.Min(5, o.Seconds)), o.ThinkMs);
            var mixed = await RunPhaseAsync(users, u => u.NextMixedRequest(), TimeSpan.FromSeconds(o.Seconds), o.ThinkMs);
            var statics = await RunPhaseAsync(users, u => u.StaticRequest(), TimeSpan.FromSeconds(o.Seconds), o.ThinkMs);
            var rss = app.PeakRssBytes();
            await app.StopAsync();

            Console.WriteLine(mixed.Describe("mixed pages and API"));
            Console.WriteLine(statics.Describe("static file (limit)"));
            foreach (var (kind, times) in mixed.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind}: {times.Count} requests, p95 {Percentile(times, 0.95) * 1000:0.0} ms"));
            }

            var p95 = mixed.P95;
            var limit = statics.P95;
            // The p95 bar is absolute (seconds); its limit column shows what a static file costs under the same load.
            Figures.Print(Console.Out, "web-load-p95", p95, limit, $"value<={P95Bar:0.###}s", p95 <= P95Bar && mixed.Errors == 0 && statics.Errors == 0);
            Figures.Ratio(Console.Out, "web-load-errors", mixed.Errors, Math.Max(1, mixed.Count), 0);
            Figures.Ratio(Console.Out, "web-cold-start", coldSeconds, ColdStartBar, 1);
            Figures.Ratio(Console.Out, "web-peak-rss-mb", rss / 1048576.0, RssBarBytes / 1048576.0, 1);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var provider = Value("--provider", "sqlite");
        var postgres = provider == "postgres"
            ? Value("--connection", Environment.GetEnvironmentVariable("JICENG_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("JICENG_TEST_POSTGRES") ?? "")
            : null;
        if (provider == "postgres" && string.IsNullOrEmpty(postgres))
        {
            throw new ArgumentException("--provider postgres needs --connection or JICENG_BENCH_POSTGRES");
        }

        if (postgres is not null)
        {
            // Its own database beside the one named, dropped and created by the run.
            var b = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = "jiceng_bench_web_load" };
            postgres = b.ConnectionString;
        }

        return new Options(provider, postgres, Value("--scale", "district"),
            int.Parse(Value("--users", "50"), CultureInfo.InvariantCulture),
            int.Parse(Value("--seconds", "30"), CultureInfo.InvariantCulture),
            int.Parse(Value("--think-ms", "1000"), CultureInfo.InvariantCulture));
    }

    /// <summary>The web app's build output beside this benchmark's (same configuration): it is a project reference.</summary>
    private static string WebAppDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name; // bin/<Configuration>/<tfm>/
        var tfm = here.Name;
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Jiceng.Web", "bin", configuration, tfm, "Jiceng.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Jiceng.Web.dll not found: build the benchmark from the repository (it builds the web app too)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const string BenchUserName = "bench-orgdept";

    private static JicengDbContext NewDb(Dictionary<string, string?> settings)
    {
        var options = new DatabaseOptions
        {
            Provider = settings["Database:Provider"] == "Postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            ConnectionString = settings["Database:ConnectionString"]!,
        };
        return new JicengDbContext(DbContextOptionsFactory.Build(options, Jiceng.Data.Security.KeyRing.Generate(DateTimeOffset.UtcNow)));
    }

    /// <summary>
    /// An organization-department account of the district (sees every township) with a chosen password and an API token,
    /// written through the product's own account services while the app is stopped.
    /// </summary>
    private static async Task<(string Password, string Token)> CreateBenchUserAsync(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddJicengData();
        services.AddSingleton<IDataProtectionProvider>(sp => new EphemeralDataProtectionProvider(sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IAuditContext>(AmbientAuditContext.Instance);
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddJicengIdentityCore();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<AppUserManager>();
        var district = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.ParentId == null);
        var password = "Bench-" + Guid.NewGuid().ToString("N")[..12] + "-压测Aa1!";
        var user = new AppUser { UserName = BenchUserName, DisplayName = "压测账号", OrgUnitId = district.Id, MustChangePassword = false };
        using (AmbientAuditContext.Use(new AuditActor("bench", "bench", district.Id, "bench")))
        {
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, Roles.OrgDepartment));
            var created = await ApiTokenCommands.CreateAsync(db, user.Id,
                new ApiTokenInput { Name = "web-load", ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)) },
                new ApiTokenOptions(), TimeProvider.System);
            var token = created.Value?.Secret ?? throw new InvalidOperationException("token refused: " + string.Join("; ", created.Errors.Select(e => e.Message)));
            return (password, token);
        }
    }

    private static void Check(Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static async Task<int[]> CadreIdsAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cadres?pageSize=200");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToArray();
    }

    /// <summary>Every user loops: request, wait for the answer, pause; until the phase ends.</summary>
    private static async Task<PhaseResult> RunPhaseAsync(List<SimUser> users, Func<SimUser, Func<Task<(string Kind, bool Ok)>>> next, TimeSpan length, int thinkMs)
    {
        var result = new PhaseResult();
        var end = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(users.Select(async (u, i) =>
        {
            // Users start spread over one think time, as people do, not in lock step.
            await Task.Delay(thinkMs * i / Math.Max(1, users.Count));
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                string kind;
                bool ok;
                try
                {
                    (kind, ok) = await next(u)();
                }
                catch (HttpRequestException)
                {
                    (kind, ok) = ("exception", false);
                }
                catch (TaskCanceledException)
                {
                    (kind, ok) = ("timeout", false);
                }

                result.Add(kind, Stopwatch.GetElapsedTime(start).TotalSeconds, ok);
                await Task.Delay(thinkMs);
            }
        }));
        return result;
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed class PhaseResult
    {
        private readonly Lock _gate = new();
        private readonly List<double> _all = [];

        public Dictionary<string, List<double>> ByKind { get; } = new(StringComparer.Ordinal);

        public int Errors { get; private set; }

        public int Count => _all.Count;

        public double P95
        {
            get
            {
                _all.Sort();
                return Percentile(_all, 0.95);
            }
        }

        public void Add(string kind, double seconds, bool ok)
        {
            lock (_gate)
            {
                _all.Add(seconds);
                if (!ByKind.TryGetValue(kind, out var list))
                {
                    ByKind[kind] = list = [];
                }

                list.Add(seconds);
                if (!ok)
                {
                    Errors++;
                }
            }
        }

        public string Describe(string what)
        {
            _all.Sort();
            foreach (var list in ByKind.Values)
            {
                list.Sort();
            }

            var seconds = _all.Sum();
            return string.Create(CultureInfo.InvariantCulture,
                $"{what}: {_all.Count} requests, {Errors} errors, median {Percentile(_all, 0.5) * 1000:0.0} ms, p95 {Percentile(_all, 0.95) * 1000:0.0} ms, p99 {Percentile(_all, 0.99) * 1000:0.0} ms, max {(_all.Count == 0 ? 0 : _all[^1]) * 1000:0.0} ms (busy {seconds:0.0} s)");
        }
    }

    /// <summary>One simulated person: a session cookie for pages, an API token for the API, a cycle through the mix.</summary>
    private sealed partial class SimUser(HttpClient http, string cookie, string token, int[] cadreIds, int seed)
    {
        private readonly Random _random = new(seed);
        private int _step = seed;
        private string _cookie = cookie;

        public static async Task<SimUser> SignInAsync(HttpClient http, string userName, string password, string token, int[] ids, int seed)
        {
            var jar = new Dictionary<string, string>(StringComparer.Ordinal);
            using var page = await http.GetAsync(new Uri("/account/login", UriKind.Relative));
            Remember(jar, page);
            var html = await page.Content.ReadAsStringAsync();
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AntiforgeryField().Match(html).Groups[1].Value,
                ["_handler"] = "login",
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
            });
            using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = form };
            post.Headers.Add("Cookie", CookieHeader(jar));
            using var signedIn = await http.SendAsync(post);
            if (signedIn.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"sign-in failed: {(int)signedIn.StatusCode}");
            }

            Remember(jar, signedIn);
            return new SimUser(http, CookieHeader(jar), token, ids, seed);
        }

        /// <summary>Pages a person opens and the API reads a script makes, in turn.</summary>
        public Func<Task<(string Kind, bool Ok)>> NextMixedRequest()
        {
            var id = cadreIds[_random.Next(cadreIds.Length)];
            var step = _step++ % 8;
            return step switch
            {
                0 => () => PageAsync("page /", "/"),
                1 => () => PageAsync("page /cadres", "/cadres"),
                2 => () => PageAsync("page /cadres/{id}", $"/cadres/{id}"),
                3 => () => PageAsync("page /compliance/findings", "/compliance/findings"),
                4 => () => ApiAsync("api cadres list", $"/api/v1/cadres?page={_random.Next(1, 50)}&pageSize=20"),
                5 => () => ApiAsync("api cadres/{id}", $"/api/v1/cadres/{id}"),
                6 => () => ApiAsync("api findings", "/api/v1/findings?pageSize=50"),
                _ => () => PageAsync("page /townships", "/townships"),
            };
        }

        public Func<Task<(string Kind, bool Ok)>> StaticRequest() => async () =>
        {
            using var response = await http.GetAsync(new Uri("/app.css", UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            return ("static /app.css", response.StatusCode == HttpStatusCode.OK);
        };

        private async Task<(string, bool)> PageAsync(string kind, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", _cookie);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (response.Headers.TryGetValues("Set-Cookie", out _))
            {
                var jar = Parse(_cookie);
                Remember(jar, response);
                _cookie = CookieHeader(jar);
            }

            return (kind, response.StatusCode == HttpStatusCode.OK);
        }

        private async Task<(string, bool)> ApiAsync(string kind, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return (kind, response.StatusCode == HttpStatusCode.OK);
        }

        private static Dictionary<string, string> Parse(string header) => header.Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);

        /// <summary>Cookies are Secure; a browser keeps them on loopback HTTP, so the simulated user keeps them by hand.</summary>
        private static void Remember(Dictionary<string, string> jar, HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                return;
            }

            foreach (var c in cookies)
            {
                var pair = c.Split(';', 2)[0].Split('=', 2);
                jar[pair[0]] = pair.Length > 1 ? pair[1] : "";
            }
        }

        private static string CookieHeader(Dictionary<string, string> jar) => string.Join("; ", jar.Select(kv => $"{kv.Key}={kv.Value}"));

        [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryField();
    }

    /// <summary>The web app as a child process, its output kept for when it fails.</summary>
    private sealed class WebProcess : IDisposable
    {
        private readonly Process _process;
        private readonly Uri _base;
        private readonly System.Text.StringBuilder _output = new();

        private WebProcess(Process process, int port)
        {
            _process = process;
            _base = new Uri($"http://127.0.0.1:{port}");
        }

        public static WebProcess Start(string dll, int port, Dictionary<string, string?> settings)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(dll);
            info.ArgumentList.Add("--urls");
            info.ArgumentList.Add($"http://127.0.0.1:{port}");
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["DOTNET_gcServer"] = "0";
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            foreach (var (key, value) in settings)
            {
                info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            var process = Process.Start(info) ?? throw new InvalidOperationException("the web app did not start");
            var web = new WebProcess(process, port);
            process.OutputDataReceived += (_, e) => web.Keep(e.Data);
            process.ErrorDataReceived += (_, e) => web.Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return web;
        }

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                if (_output.Length < 200_000)
                {
                    _output.AppendLine(line);
                }
            }
        }

        public Task WaitForHealthAsync(TimeSpan timeout) => WaitForAsync("/health", timeout);

        /// <summary>The sign-in page: the first page anyone sees, rendered by the app (not a static file).</summary>
        public Task WaitForFirstPageAsync(TimeSpan timeout) => WaitForAsync("/account/login", timeout);

        private async Task WaitForAsync(string path, TimeSpan timeout)
        {
            using var http = new HttpClient { BaseAddress = _base, Timeout = TimeSpan.FromSeconds(10) };
            var until = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < until)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"the web app exited ({_process.ExitCode}):\n{_output}");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(20);
            }

            throw new TimeoutException($"the web app did not answer {path} in time:\n{_output}");
        }

        /// <summary>The process's high-water mark of resident memory (Linux VmHWM).</summary>
        public long PeakRssBytes()
        {
            var status = $"/proc/{_process.Id}/status";
            if (!File.Exists(status))
            {
                return 0;
            }

            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }

        public async Task StopAsync()
        {
            if (_process.HasExited)
            {
                return;
            }

            // SIGTERM: the app shuts down as it would under systemd.
            Kill(_process.Id);
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        private static void Kill(int pid)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", pid.ToString(CultureInfo.InvariantCulture) } });
            kill?.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }
}
