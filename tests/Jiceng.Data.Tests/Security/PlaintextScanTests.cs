using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Tests.Security;

/// <summary>The seeded database, read with a plain connection (no EF, no converter), holds no ID number in plaintext.</summary>
public abstract class PlaintextScanTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task CadresTable_HoldsNoPlaintextIdNumber_InAnyColumn()
    {
        var db = await fixture.GetAsync();
        var numbers = fixture.Seeded.Cadres.Select(c => c.IdNumber.Value).ToList();
        var prefixes = numbers.Select(n => n[..14]).ToHashSet(StringComparer.Ordinal);
        var full = numbers.ToHashSet(StringComparer.Ordinal);
        var rows = await CryptoTestData.RawCadreRowsAsync(db);
        Assert.Equal(numbers.Count, rows.Count);
        foreach (var row in rows)
        {
            foreach (var (column, value) in row)
            {
                if (value is null || value.Length < 14)
                {
                    continue;
                }

                for (var i = 0; i + 14 <= value.Length; i++)
                {
                    Assert.False(prefixes.Contains(value.Substring(i, 14)), $"column {column} holds the first 14 digits of an ID number");
                }

                Assert.DoesNotContain(full, n => value.Contains(n, StringComparison.OrdinalIgnoreCase));
            }

            Assert.StartsWith("v1:", row["IdNumber"], StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", row["IdNumberIndex"]);
        }
    }

    [Fact]
    public async Task ThroughEf_TheNumbersReadBackDecrypted()
    {
        var db = await fixture.GetAsync();
        await using var context = db.NewContext();
        var read = (await context.Cadres.AsNoTracking().Select(c => c.IdNumber).ToListAsync(TestContext.Current.CancellationToken)).Select(i => i.Value);
        Assert.Equal(fixture.Seeded.Cadres.Select(c => c.IdNumber.Value).Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
    }
}

public sealed class SqlitePlaintextScanTests(SqliteFixture fixture) : PlaintextScanTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresPlaintextScanTests(PostgresFixture fixture) : PlaintextScanTests(fixture), IClassFixture<PostgresFixture>;
