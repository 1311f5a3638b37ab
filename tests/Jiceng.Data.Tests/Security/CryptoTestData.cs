using System.Data.Common;
using System.Globalization;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Storage;
using Jiceng.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jiceng.Data.Tests.Security;

/// <summary>Small helpers: valid ID numbers, a unit with a few cadres, and a plain ADO.NET connection that bypasses EF.</summary>
internal static class CryptoTestData
{
    public static IdCardNumber Id(int n)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"14060319{80 + (n % 20):D2}0101{n % 1000:D3}");
        return IdCardNumber.Parse(first17 + IdCardNumber.CheckCharacter(first17));
    }

    /// <summary>Adds a township with <paramref name="count"/> cadres (ID numbers <see cref="Id"/>(start..)); returns their ids.</summary>
    public static async Task<List<int>> AddCadresAsync(JicengDbContext db, int count, int start = 0)
    {
        var unit = new OrgUnit { Code = string.Create(CultureInfo.InvariantCulture, $"140603{start:D6}"), Name = "测试乡", Kind = OrgUnitKind.Township, Path = "/" };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = string.Create(CultureInfo.InvariantCulture, $"/{unit.Id}/");
        var cadres = Enumerable.Range(start, count).Select(i =>
        {
            var id = Id(i);
            return new Cadre { Name = "干部" + i.ToString(CultureInfo.InvariantCulture), IdNumber = id, BirthDate = id.BirthDate, Sex = id.Sex, OrgUnitId = unit.Id };
        }).ToList();
        db.Cadres.AddRange(cadres);
        await db.SaveChangesAsync();
        return cadres.Select(c => c.Id).ToList();
    }

    public static async Task<DbConnection> OpenRawAsync(TestDatabase db)
    {
        DbConnection conn = db.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(db.Options.EffectiveConnectionString),
            DatabaseProvider.Postgres => new NpgsqlConnection(db.Options.EffectiveConnectionString),
        };
        await conn.OpenAsync();
        return conn;
    }

    /// <summary>Every row of the cadres table, every column as text.</summary>
    public static async Task<List<Dictionary<string, string?>>> RawCadreRowsAsync(TestDatabase db)
    {
        await using var conn = await OpenRawAsync(db);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT * FROM cadres";
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, string?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Writes a plaintext ID number and no blind index, as a database from before encryption holds them.</summary>
    public static async Task WritePlaintextAsync(TestDatabase db, int cadreId, string idNumber)
    {
        await using var conn = await OpenRawAsync(db);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "UPDATE cadres SET \"IdNumber\" = @n, \"IdNumberIndex\" = NULL WHERE \"Id\" = @id";
        var n = cmd.CreateParameter();
        n.ParameterName = "n";
        n.Value = idNumber;
        var id = cmd.CreateParameter();
        id.ParameterName = "id";
        id.Value = cadreId;
        cmd.Parameters.Add(n);
        cmd.Parameters.Add(id);
        Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
    }
}
