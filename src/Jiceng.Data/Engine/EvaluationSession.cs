using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine;

/// <summary>
/// The database session of one evaluation: the connection stays open from the first facts query to the last (no pool
/// round trip per query), and on PostgreSQL the JIT compiler is off for that session only. The facts queries are many
/// short joins whose plans cost above <c>jit_above_cost</c> at province scale; compiling them took longer than it saved
/// (docs/performance.md, "Evaluation at scale"). Other sessions (pages, reports) keep the server's setting.
/// </summary>
internal sealed class EvaluationSession : IAsyncDisposable
{
    private readonly JicengDbContext _db;
    private readonly bool _jitOff;

    private EvaluationSession(JicengDbContext db, bool jitOff) => (_db, _jitOff) = (db, jitOff);

    public static async Task<EvaluationSession> OpenAsync(JicengDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SET jit = off", ct);
        }

        return new EvaluationSession(db, postgres);
    }

    public async ValueTask DisposeAsync()
    {
        if (_jitOff)
        {
            await _db.Database.ExecuteSqlRawAsync("RESET jit");
        }

        await _db.Database.CloseConnectionAsync();
    }
}
