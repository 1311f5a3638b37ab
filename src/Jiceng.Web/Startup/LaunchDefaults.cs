using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Jiceng.Web.Startup;

/// <summary>
/// Defaults for starting the app from a source checkout or a published folder. The working directory is where the
/// command was typed (so <c>./data</c> is the same folder for the web app and the CLI); the settings files are
/// read from beside the binaries when the content root holds none; and the address is http://localhost:5080 unless
/// chosen the usual ways (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>, <c>Kestrel:Endpoints</c>).
/// </summary>
public static class LaunchDefaults
{
    public const string DefaultUrl = "http://localhost:5080";

    public static void Apply(WebApplicationBuilder builder)
    {
        AddSettingsBesideBinaries(builder);
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(config[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(config[WebHostDefaults.HttpsPortsKey])
            && !config.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    /// <summary>appsettings.json (and the environment's file) from the binaries' folder, beneath every other source, when the content root has none.</summary>
    private static void AddSettingsBesideBinaries(WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var binaries = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(contentRoot, "appsettings.json")) || !File.Exists(Path.Combine(binaries, "appsettings.json")))
        {
            return;
        }

        var files = new PhysicalFileProvider(binaries);
        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        sources.Insert(0, new JsonConfigurationSource { FileProvider = files, Path = $"appsettings.{builder.Environment.EnvironmentName}.json", Optional = true });
        sources.Insert(0, new JsonConfigurationSource { FileProvider = files, Path = "appsettings.json", Optional = true });
    }
}
