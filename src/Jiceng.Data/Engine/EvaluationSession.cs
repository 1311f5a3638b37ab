using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine;

/// <summary>
/// The database session of one evaluation: the connection stays open from the first facts query to the last (no pool
/// round trip per query), and on PostgreSQL the JIT compiler is off for that session only. The facts queries are many
/// short joins whose plans cost above <c>jit_above_cost</c> at province scale; compiling them took longer than it saved
/// (docs/performance.md, "Evaluation at scale"). Other sessions (pages, reports) keep the server's setting.
/// The session also keeps the reads several facts families share (<see cref="SharedAsync{T}"/>), so that one evaluation
/// reads them once.
/// </summary>
internal sealed class EvaluationSession : IAsyncDisposable
{
    /// <summary>The session open on a context, if any: facts queries find it through the context they are given.</summary>
    private static readonly ConditionalWeakTable<JicengDbContext, EvaluationSession> Open = new();

    private readonly JicengDbContext _db;
    private readonly bool _jitOff;
    private readonly Dictionary<object, object> _shared = [];

    private EvaluationSession(JicengDbContext db, bool jitOff) => (_db, _jitOff) = (db, jitOff);

    public static async Task<EvaluationSession> OpenAsync(JicengDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SET jit = off", ct);
        }

        var session = new EvaluationSession(db, postgres);
        Open.AddOrUpdate(db, session);
        return session;
    }

    /// <summary>
    /// The result of <paramref name="read"/> for <paramref name="key"/>, read once per evaluation: the first facts
    /// family that asks reads it, the later ones get the same value. The key must name everything the read depends on
    /// (scope path, day). Outside an evaluation (a facts query run alone) it simply reads.
    /// </summary>
    public static async Task<T> SharedAsync<T>(JicengDbContext db, object key, Func<Task<T>> read) where T : class
    {
        if (!Open.TryGetValue(db, out var session))
        {
            return await read();
        }

        if (session._shared.TryGetValue(key, out var kept))
        {
            return (T)kept;
        }

        var value = await read();
        session._shared[key] = value;
        return value;
    }

    public async ValueTask DisposeAsync()
    {
        Open.Remove(_db);
        _shared.Clear();
        if (_jitOff)
        {
            await _db.Database.ExecuteSqlRawAsync("RESET jit");
        }

        await _db.Database.CloseConnectionAsync();
    }
}
