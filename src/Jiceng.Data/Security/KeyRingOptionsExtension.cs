using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Data.Security;

/// <summary>Carries the key ring into a context's options; the model (and its value converter) is cached per ring.</summary>
internal sealed class KeyRingOptionsExtension(KeyRing keyRing) : IDbContextOptionsExtension
{
    public KeyRing KeyRing { get; } = keyRing;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "KeyRing ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Jiceng:KeyRing"] = "1";
    }
}

/// <summary>The model depends on the key ring (the ID number converter holds it), so the cache key includes it.</summary>
internal sealed class KeyRingModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as JicengDbContext)?.KeyRing, designTime);
}

public static class KeyRingOptions
{
    public static DbContextOptionsBuilder UseKeyRing(this DbContextOptionsBuilder builder, KeyRing keyRing)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new KeyRingOptionsExtension(keyRing));
        return builder.ReplaceService<IModelCacheKeyFactory, KeyRingModelCacheKeyFactory>();
    }
}
