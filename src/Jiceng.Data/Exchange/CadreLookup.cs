using Jiceng.Core.Cadres;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange;

/// <summary>A stored cadre found by ID number: its id, name, and whether it lies in the importing user's scope.</summary>
public sealed record CadreRef(int Id, string Name, bool InScope);

/// <summary>Finds stored cadres by ID number through the blind index, a few hundred numbers per query (no row-by-row lookups).</summary>
public static class CadreLookup
{
    private const int Chunk = 500;

    /// <summary>The stored cadres of these numbers, by number (the whole database: an ID number is one person).</summary>
    public static async Task<Dictionary<string, CadreRef>> FindAsync(ImportSession session, IEnumerable<IdCardNumber> numbers, CancellationToken ct)
    {
        var db = session.Db;
        session.ForgetBlindIndexes();
        var byIndex = numbers.Distinct().ToDictionary(session.BlindIndex, n => n.Value, StringComparer.Ordinal);
        var found = new Dictionary<string, CadreRef>(StringComparer.Ordinal);
        var scopePath = session.Scope.Path;
        foreach (var chunk in byIndex.Keys.Chunk(Chunk))
        {
            var rows = await db.Cadres.AsNoTracking()
                .Where(c => chunk.Contains(EF.Property<string>(c, IdNumberMapping.IndexProperty)))
                .Select(c => new { c.Id, c.Name, Index = EF.Property<string>(c, IdNumberMapping.IndexProperty), InScope = c.OrgUnit!.Path.StartsWith(scopePath) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                found[byIndex[r.Index]] = new CadreRef(r.Id, r.Name, r.InScope);
            }
        }

        return found;
    }

    /// <summary>What the API says of a number registered outside the caller's scope (nothing of where).</summary>
    public const string OutsideScope = "该号码无法登记，请联系区委组织部核实";
}
