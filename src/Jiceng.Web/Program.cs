using Jiceng.Web;

var app = JicengWebApp.Build(args);
await app.RunAsync();

/// <summary>The web host's entry point (named so tests can start it through WebApplicationFactory).</summary>
public partial class Program;
