using Jiceng.Data.Storage;

namespace Jiceng.Web.Tests.Errors;

/// <summary>The web app checks its files' modes on start: a database other local users can read stops it with a message that says what to do.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task TheApp_RefusesToStart_WhenItsDatabaseIsReadableByOthers()
    {
        var app = new CapturingWebFactory();
        var dbFile = app.KeyFilePath[..^".keys.json".Length];
        await File.WriteAllBytesAsync(dbFile, [], TestContext.Current.CancellationToken);
        File.SetUnixFileMode(dbFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var failure = Record.Exception(() => app.Server);

        // The test host hides the start's exception behind its own; the host's log line carries it.
        Assert.NotNull(failure);
        Assert.Contains(app.Logs.Lines, l => l.Contains(nameof(SetupProblemException), StringComparison.Ordinal) && l.Contains(dbFile, StringComparison.Ordinal));
        try
        {
            await app.DisposeAsync();
        }
        catch (Exception e) when (Flatten(e).Any(x => x is SetupProblemException))
        {
            // The host never started; disposing it may report the same failure again.
        }
        finally
        {
            File.Delete(dbFile);
        }
    }

    private static IEnumerable<Exception> Flatten(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException many)
            {
                foreach (var inner in many.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
