using Jiceng.Data.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Jiceng.Web.Startup;

/// <summary>Prints where the app listens once it does, and which database and key file it uses, so a newcomer knows what to open and what to back up.</summary>
public sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, DatabaseOptions database, IConfiguration config) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"数据库：{DataLocations.Database(database)}   (database)");
            Console.WriteLine($"密钥文件：{DataLocations.KeyFile(config)}   (key file)");
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"基层干部激励关爱管理系统已启动：{address}   (Jiceng is listening on {address})");
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
