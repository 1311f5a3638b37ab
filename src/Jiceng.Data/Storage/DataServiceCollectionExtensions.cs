using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Data.Storage;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database (provider from configuration), a context factory for Blazor and a scoped context.</summary>
    public static IServiceCollection AddJicengData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddDbContextFactory<JicengDbContext>(b => DbContextOptionsFactory.Configure(b, options));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<JicengDbContext>>().CreateDbContext());
        return services;
    }
}
