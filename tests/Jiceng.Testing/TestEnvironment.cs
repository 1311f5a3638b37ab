using Xunit;

namespace Jiceng.Testing;

/// <summary>
/// What the machine offers the tests. Without PostgreSQL or Chromium a test reports itself skipped with the
/// reason; under CI (<c>JICENG_CI=1</c>) their absence is a failure, because in CI nothing may be skipped.
/// </summary>
public static class TestEnvironment
{
    public static bool IsCi => Environment.GetEnvironmentVariable("JICENG_CI") == "1";

    /// <summary>Connection string of a PostgreSQL database whose role may create databases (set by .ci/run).</summary>
    public static string RequirePostgres() =>
        Environment.GetEnvironmentVariable("JICENG_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : Unavailable("PostgreSQL is not configured: set JICENG_TEST_POSTGRES to a connection string (.ci/run does).");

    /// <summary>Path of Debian's Chromium (never a downloaded browser).</summary>
    public static string RequireChromium()
    {
        var path = Environment.GetEnvironmentVariable("JICENG_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        return File.Exists(path) ? path : Unavailable($"Chromium not found at {path}: install Debian's chromium package (.ci/run does).");
    }

    private static string Unavailable(string reason)
    {
        if (IsCi)
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return "";
    }
}
