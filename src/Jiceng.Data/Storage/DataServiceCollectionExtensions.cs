using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Jiceng.Data.Storage;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database (provider from the final configuration, read when first resolved so test hosts and
    /// environment variables can override it), the field-encryption key ring (<c>Security:KeyFile</c>), a context factory for Blazor, a scoped context,
    /// and the unmasking service with its auditor.
    /// </summary>
    public static IServiceCollection AddJicengData(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        // The key file is read (or created) when the first context is built: a bad file stops the start.
        services.AddSingleton(sp =>
        {
            var path = DataLocations.KeyFile(sp.GetRequiredService<IConfiguration>());
            // Its folder (and ./data above it) is the owner's alone, even when the key file is the first thing created.
            DataFileModes.PreparePrivateDirectory(Path.GetDirectoryName(path)!);
            return KeyFile.LoadOrCreate(path, sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Jiceng.Keys"));
        });
        // The audit chain's head anchored outside the database: beside the key file unless Audit:AnchorFile says otherwise.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>()[Audit.AuditOptions.AnchorFileSetting] is { Length: > 0 } anchor
            ? new Audit.AuditAnchorFile(anchor, sp.GetRequiredService<KeyRing>())
            : Audit.AuditAnchorFile.Beside(DataLocations.KeyFile(sp.GetRequiredService<IConfiguration>()), sp.GetRequiredService<KeyRing>()));
        services.AddDbContextFactory<JicengDbContext>((sp, b) =>
            DbContextOptionsFactory.Configure(b, sp.GetRequiredService<DatabaseOptions>(), sp.GetRequiredService<KeyRing>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<JicengDbContext>>().CreateDbContext());
        services.TryAddSingleton<ISensitiveReadAuditor, LoggingSensitiveReadAuditor>();
        services.AddSingleton<IdNumberReveal>();
        return services;
    }
}
