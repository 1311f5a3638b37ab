using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore.Design;

namespace Jiceng.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add X --project src/Jiceng.Data.Postgres</c> build the model for PostgreSQL (no connection is opened).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<JicengDbContext>
{
    public JicengDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Build(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=jiceng_design" }, Jiceng.Data.Security.KeyRing.None));
}
