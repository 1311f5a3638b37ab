using Jiceng.Data.Storage;
using Jiceng.Web;

try
{
    var app = JicengWebApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (SetupProblemException problem)
{
    // An expected condition of the machine: its message says what to do; no stack trace.
    Console.Error.WriteLine(problem.Message);
    return 3;
}

/// <summary>The web host's entry point (named so tests can start it through WebApplicationFactory).</summary>
public partial class Program;
