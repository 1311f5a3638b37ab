using System.CommandLine;
using Jiceng.Web;
using Microsoft.Extensions.Hosting;

namespace Jiceng.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "监听地址，如 http://0.0.0.0:5080", DefaultValueFactory = _ => "http://localhost:5080" };
        var command = new Command("serve", "启动网页服务（与 dotnet run --project src/Jiceng.Web 相同）") { urls };
        command.SetAction(async (parse, ct) =>
        {
            // The app's settings (appsettings.json) travel beside this tool; the working directory still holds ./data.
            var args = new List<string> { "--urls", parse.GetValue(urls)!, $"--contentRoot={AppContext.BaseDirectory}" };
            foreach (var (key, value) in CliOverrides(parse))
            {
                args.Add($"--{key}={value}");
            }

            var app = JicengWebApp.Build([.. args]);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }

    private static IEnumerable<(string, string)> CliOverrides(ParseResult parse)
    {
        if (parse.GetValue(CliDatabase.ProviderOption) is { } p)
        {
            yield return ("Database:Provider", p.ToString());
        }

        if (parse.GetValue(CliDatabase.ConnectionOption) is { } c)
        {
            yield return ("Database:ConnectionString", c);
        }
    }
}
