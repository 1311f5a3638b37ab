using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// The write step of a kind whose rows each add one record or rewrite the stored one its natural key found (every kind of
/// clauses 八, 九 and 十): the targeted records are loaded tracked (a few hundred ids per query), rewritten or added, counted as
/// created, updated or unchanged (the change tracker decides), and saved once in the import's transaction.
/// </summary>
internal static class ImportUpsert
{
    /// <param name="target">Row number → id of the stored record that row rewrites (rows without one add a record).</param>
    /// <param name="create">The new record of a row (given its row number).</param>
    /// <param name="update">Writes a row's values onto its stored record.</param>
    public static async Task RunAsync<TRow, TEntity>(ImportSession session, IReadOnlyList<ParsedRow<TRow>> rows, IReadOnlyDictionary<int, int> target,
        Func<int, TRow, TEntity> create, Action<TEntity, TRow> update, CancellationToken ct) where TEntity : class
    {
        var db = session.Db;
        var tracked = new Dictionary<int, TEntity>();
        foreach (var chunk in target.Values.Chunk(500))
        {
            foreach (var e in await db.Set<TEntity>().Where(e => chunk.Contains(EF.Property<int>(e, "Id"))).ToListAsync(ct))
            {
                tracked[db.Entry(e).Property<int>("Id").CurrentValue] = e;
            }
        }

        var updates = new List<TEntity>();
        var done = 0;
        foreach (var (number, row) in rows)
        {
            if (target.TryGetValue(number, out var id))
            {
                update(tracked[id], row);
                updates.Add(tracked[id]);
            }
            else
            {
                db.Set<TEntity>().Add(create(number, row));
                session.Counts.Created++;
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        session.CountChanges(updates);
        await db.SaveChangesAsync(ct);
    }
}
