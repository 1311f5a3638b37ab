using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Data.Storage;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (provider from the final configuration, read when first resolved so test hosts and
    /// environment variables can override it), a context factory for Blazor and a scoped context.
    /// </summary>
    public static IServiceCollection AddJicengData(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        services.AddDbContextFactory<JicengDbContext>((sp, b) => DbContextOptionsFactory.Configure(b, sp.GetRequiredService<DatabaseOptions>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<JicengDbContext>>().CreateDbContext());
        return services;
    }
}
