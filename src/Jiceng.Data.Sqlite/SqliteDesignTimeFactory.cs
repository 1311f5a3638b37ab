using Jiceng.Data.Storage;
using Microsoft.EntityFrameworkCore.Design;

namespace Jiceng.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add X --project src/Jiceng.Data.Sqlite</c> build the model for SQLite.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<JicengDbContext>
{
    public JicengDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Build(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design.db" }, Jiceng.Data.Security.KeyRing.None));
}
