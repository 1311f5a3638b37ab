namespace Jiceng.Cli.Tests;

/// <summary>
/// Every expected condition ends in one clear Chinese line and a documented exit code (0 ok, 1 refused, 2 usage,
/// 3 environment) — never an "Unhandled exception" with a stack trace.
/// </summary>
public sealed class ExitCodeTests
{
    private static void AssertNoStackTrace(CliProcess.Result r)
    {
        Assert.DoesNotContain("Unhandled exception", r.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", r.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_OnAFolderWithoutADatabase_SaysToMigrate_Exit3()
    {
        using var cli = new CliProcess();
        var r = await cli.RunAsync("audit", "verify");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("jiceng db migrate", r.Error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(cli.WorkingDirectory, "data", "jiceng.db"), r.Error, StringComparison.Ordinal);
        AssertNoStackTrace(r);
    }

    [Theory]
    [InlineData("evaluate")]                                          // --year missing
    [InlineData("evaluate", "--year", "2020", "--as-of", "2020-13-01")]
    [InlineData("evaluate", "--year", "2020", "--profile", "no-such-draft.yaml")]
    [InlineData("no-such-command")]
    public async Task AWrongCommandLine_IsAUsageError_Exit2(params string[] args)
    {
        using var cli = new CliProcess();
        var r = await cli.RunAsync(args);
        Assert.Equal(2, r.ExitCode);
        Assert.NotEmpty(r.Error.Trim());
        AssertNoStackTrace(r);
    }

    [Theory]
    [InlineData("999999198604056110")] // no such province
    [InlineData("14060319860405611")]  // 17 characters
    public async Task IdCheck_OfAnInvalidNumber_IsRefused_Exit1(string number)
    {
        using var cli = new CliProcess();
        var r = await cli.RunAsync("id", "check", number);
        Assert.Equal(1, r.ExitCode);
        AssertNoStackTrace(r);
    }

    [Fact]
    public async Task Evaluate_BeforeTheFirstProfile_SaysSo_Exit1_ButADraftMayBeTriedOnThatDate()
    {
        using var cli = new CliProcess();
        var seeded = await cli.RunAsync("demo", "seed", "--scale", "Small");
        Assert.Equal(0, seeded.ExitCode);
        // The seed writes the ledger's history as the web app's first start does (and the audit chain still verifies below).
        Assert.Matches(@"历史核查\D+[1-9]", seeded.Out);

        var refused = await cli.RunAsync("evaluate", "--year", "2019", "--as-of", "2019-12-31");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("没有生效的政策配置", refused.Error, StringComparison.Ordinal);
        AssertNoStackTrace(refused);

        var draft = Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml");
        var tried = await cli.RunAsync("evaluate", "--year", "2019", "--as-of", "2019-12-31", "--profile", draft, "--format", "csv");
        Assert.Equal(0, tried.ExitCode);
        Assert.StartsWith("rule,clause", tried.Out, StringComparison.Ordinal);

        var verified = await cli.RunAsync("audit", "verify");
        Assert.Equal(0, verified.ExitCode);
    }
}
