using System.Data.Common;
using System.Globalization;
using Jiceng.Core.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Jiceng.Data.Engine.Ledger;

/// <summary>What one reconciliation did to the ledger.</summary>
public sealed record LedgerChanges(int Opened, int Confirmed, int ValuesChanged, int Resolved, int Reopened, int SetAsideExpired);

/// <summary>
/// Brings the ledger up to date with one run, set-based: the run's findings are bulk-copied into
/// <c>finding_stage</c> (binary COPY on PostgreSQL, prepared multi-row inserts on SQLite), then each transition family is one
/// statement — its history events first, then the ledger rows. Only findings inside the run's scope path, of the
/// rules it evaluated and of its year are resolved, so a township's run leaves other townships alone. The SQL is the
/// same on both providers (UPDATE … FROM needs SQLite 3.33).
/// </summary>
public static class FindingLedger
{
    private const string SystemActor = "system";

    /// <summary>Above this many new findings (a first load), PostgreSQL's statistics of the ledger are refreshed at once.</summary>
    private const int BulkOpening = 10_000;

    /// <summary>Rows per multi-row insert into the stage on SQLite (19 parameters a row, far below SQLite's 32,766).</summary>
    private const int StageBatch = 100;

    // A stage row s and a ledger row f with the same identity.
    private const string SameIdentity =
        """s."RunId" = @run AND s."Rule" = f."Rule" AND s."SubjectKind" = f."SubjectKind" AND s."SubjectId" = f."SubjectId" AND s."Period" = f."Period" AND s."Topic" = f."Topic" """;

    private const string EventColumns =
        """INSERT INTO finding_events ("FindingId", "Kind", "At", "RunId", "Actor", "FromState", "ToState", "Severity", "Measured", "Note") """;

    private static readonly string[] ValueColumns =
        ["Clause", "Severity", "SubjectCode", "SubjectName", "OrgUnitId", "OrgUnitPath", "TownshipId", "Measured", "Required", "Message", "Due",
            "ParametersUsed"];

    // The run's values of a finding (s) onto its ledger row (f), and whether any differs.
    private static readonly string CurrentValues = string.Join(", ", ValueColumns.Select(c => $"\"{c}\" = s.\"{c}\""));
    private static readonly string AnyValueDiffers = string.Join(" OR ", ValueColumns.Select(c => $"f.\"{c}\" IS DISTINCT FROM s.\"{c}\""));
    private const string SeenNow = "\"LastSeenRunId\" = @run, \"LastSeenAt\" = @now";

    /// <summary>
    /// Reconciles <paramref name="run"/> (already saved, with its id) with <paramref name="findings"/>, inside the
    /// caller's transaction, and stores the counts on the run.
    /// </summary>
    public static async Task<LedgerChanges> ReconcileAsync(
        JicengDbContext db, EvaluationRun run, IReadOnlyList<Finding> findings, IReadOnlyCollection<string> rules,
        Func<string, int?> township, CancellationToken ct = default)
    {
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Reconcile inside the run's transaction.");
        await StageAsync(db, tx, run.Id, Distinct(findings), township, ct);
        var sql = new Statements(db, tx, run, rules);
        var open = $"""f."State" <> {(int)FindingState.Resolved}""";
        var stillFound = $"""EXISTS (SELECT 1 FROM finding_stage s WHERE {SameIdentity})""";
        var inRunScope = $"""f."Year" = @year AND f."OrgUnitPath" LIKE @path AND f."Rule" IN ({sql.RuleList})""";

        // Values changed (severity, measured or required) on findings still open.
        var changed = await sql.ExecAsync($"""
            {EventColumns}
            SELECT f."Id", {(int)FindingEventKind.ValuesChanged}, @now, @run, '{SystemActor}', f."State", f."State", s."Severity", s."Measured", NULL
            FROM findings f JOIN finding_stage s ON {SameIdentity}
            WHERE {open} AND (f."Severity" <> s."Severity" OR f."Measured" <> s."Measured" OR f."Required" <> s."Required")
            """, ct);

        // An accepted explanation whose set-aside ended, on a finding still found: open again.
        var expiry = $"""f."State" = {(int)FindingState.SetAside} AND f."SetAsideUntil" < @asOf AND {stillFound}""";
        await sql.ExecAsync($"""
            {EventColumns}
            SELECT f."Id", {(int)FindingEventKind.SetAsideExpired}, @now, @run, '{SystemActor}', f."State", {(int)FindingState.Open}, NULL, NULL, NULL
            FROM findings f WHERE {expiry}
            """, ct);
        var expired = await sql.ExecAsync($"""
            UPDATE findings AS f SET "State" = {(int)FindingState.Open}, "SetAsideUntil" = NULL, "Version" = f."Version" + 1 WHERE {expiry}
            """, ct);

        // Confirmed: still open and found again. Every row gets its last-seen run; only rows whose values moved are
        // rewritten with them (an unchanged run touches no indexed column).
        var confirmed = await sql.ExecAsync($"""
            UPDATE findings AS f SET {SeenNow} FROM finding_stage s WHERE {SameIdentity} AND {open}
            """, ct);
        await sql.ExecAsync($"""
            UPDATE findings AS f SET {CurrentValues} FROM finding_stage s WHERE {SameIdentity} AND {open} AND ({AnyValueDiffers})
            """, ct);

        // Resolved: open, inside the run's scope, rule and year, and not found.
        var resolve = $"""{open} AND {inRunScope} AND NOT {stillFound}""";
        await sql.ExecAsync($"""
            {EventColumns}
            SELECT f."Id", {(int)FindingEventKind.Resolved}, @now, @run, '{SystemActor}', f."State", {(int)FindingState.Resolved}, NULL, NULL, NULL
            FROM findings f WHERE {resolve}
            """, ct);
        var resolved = await sql.ExecAsync($"""
            UPDATE findings AS f SET "State" = {(int)FindingState.Resolved}, "ResolvedRunId" = @run, "ResolvedOn" = @asOf, "Version" = f."Version" + 1
            WHERE {resolve}
            """, ct);

        // Reopened: resolved before, found again; the history stays, the plan starts over.
        await sql.ExecAsync($"""
            {EventColumns}
            SELECT f."Id", {(int)FindingEventKind.Reopened}, @now, @run, '{SystemActor}', f."State", {(int)FindingState.Open}, s."Severity", s."Measured", NULL
            FROM findings f JOIN finding_stage s ON {SameIdentity} WHERE f."State" = {(int)FindingState.Resolved}
            """, ct);
        var reopened = await sql.ExecAsync($"""
            UPDATE findings AS f SET {CurrentValues}, {SeenNow}, "State" = {(int)FindingState.Open}, "ResolvedRunId" = NULL, "ResolvedOn" = NULL,
                "PlannedDate" = NULL, "SetAsideUntil" = NULL, "ReopenCount" = f."ReopenCount" + 1, "Version" = f."Version" + 1
            FROM finding_stage s WHERE {SameIdentity} AND f."State" = {(int)FindingState.Resolved}
            """, ct);

        // Opened: never seen before.
        var opened = await sql.ExecAsync($"""
            INSERT INTO findings ("Rule", "Clause", "Severity", "SubjectKind", "SubjectId", "SubjectCode", "SubjectName", "OrgUnitId",
                "OrgUnitPath", "TownshipId", "Year", "Period", "Measured", "Required", "Message", "Due", "Topic", "ParametersUsed", "State",
                "FirstSeenRunId", "FirstSeenAt", "LastSeenRunId", "LastSeenAt", "ReopenCount", "Version")
            SELECT s."Rule", s."Clause", s."Severity", s."SubjectKind", s."SubjectId", s."SubjectCode", s."SubjectName", s."OrgUnitId",
                s."OrgUnitPath", s."TownshipId", @year, s."Period", s."Measured", s."Required", s."Message", s."Due", s."Topic", s."ParametersUsed", {(int)FindingState.Open},
                @run, @now, @run, @now, 0, 0
            FROM finding_stage s
            WHERE s."RunId" = @run AND NOT EXISTS (SELECT 1 FROM findings f WHERE {SameIdentity})
            """, ct);
        if (opened > BulkOpening && db.Database.IsNpgsql())
        {
            await sql.ExecAsync("ANALYZE findings", ct);
        }

        await sql.ExecAsync($"""
            {EventColumns}
            SELECT f."Id", {(int)FindingEventKind.Opened}, @now, @run, '{SystemActor}', NULL, {(int)FindingState.Open}, f."Severity", f."Measured", NULL
            FROM findings f WHERE f."FirstSeenRunId" = @run
            """, ct);

        await db.FindingStage.Where(s => s.RunId == run.Id).ExecuteDeleteAsync(ct);
        await db.EvaluationRuns.Where(r => r.Id == run.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Opened, opened).SetProperty(r => r.Resolved, resolved).SetProperty(r => r.Reopened, reopened), ct);
        (run.Opened, run.Resolved, run.Reopened) = (opened, resolved, reopened);
        return new LedgerChanges(opened, confirmed, changed, resolved, reopened, expired);
    }

    /// <summary>One finding per identity (a rule reporting an identity twice keeps its gravest).</summary>
    private static List<Finding> Distinct(IReadOnlyList<Finding> findings) =>
        [.. findings.GroupBy(f => (f.Rule, f.Subject.Kind, f.Subject.Id, f.Period, f.Topic)).Select(g => g.MaxBy(f => f.Severity)!)];

    private static async Task StageAsync(
        JicengDbContext db, IDbContextTransaction tx, long runId, List<Finding> findings, Func<string, int?> township, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, runId, findings, township, ct);
            // Fresh statistics, or the planner takes the just-copied rows for none and joins them row by row.
            await using var analyze = new NpgsqlCommand("ANALYZE finding_stage", npgsql);
            await analyze.ExecuteNonQueryAsync(ct);
            return;
        }

        // SQLite: multi-row inserts of StageBatch rows, the full-batch statement prepared once and reused (a
        // statement per finding spent most of the staging time crossing into SQLite and back).
        string[] names = ["RunId", "Ordinal", "Rule", "Clause", "Severity", "SubjectKind", "SubjectId", "SubjectCode", "SubjectName", "OrgUnitId",
            "OrgUnitPath", "TownshipId", "Period", "Measured", "Required", "Message", "Due", "Topic", "ParametersUsed"];
        DbCommand? full = null;
        try
        {
            for (var offset = 0; offset < findings.Count; offset += StageBatch)
            {
                var rows = Math.Min(StageBatch, findings.Count - offset);
                var cmd = rows == StageBatch && full is not null ? full : await StageCommandAsync(connection, tx, names, rows, ct);
                for (var r = 0; r < rows; r++)
                {
                    var i = offset + r;
                    var f = findings[i];
                    var p = cmd.Parameters;
                    var at = r * names.Length;
                    p[at].Value = runId;
                    p[at + 1].Value = i;
                    p[at + 2].Value = f.Rule;
                    p[at + 3].Value = f.Clause;
                    p[at + 4].Value = (int)f.Severity;
                    p[at + 5].Value = (int)f.Subject.Kind;
                    p[at + 6].Value = f.Subject.Id;
                    p[at + 7].Value = f.Subject.Code;
                    p[at + 8].Value = f.Subject.Name;
                    p[at + 9].Value = f.Subject.OrgUnitId;
                    p[at + 10].Value = f.Subject.OrgUnitPath;
                    p[at + 11].Value = (object?)township(f.Subject.OrgUnitPath) ?? DBNull.Value;
                    p[at + 12].Value = f.Period;
                    p[at + 13].Value = f.Measured;
                    p[at + 14].Value = f.Required;
                    p[at + 15].Value = f.Message;
                    p[at + 16].Value = (object?)f.Due ?? DBNull.Value;
                    p[at + 17].Value = f.Topic;
                    p[at + 18].Value = UsedParametersColumn.Write(f.UsedParameters);
                }

                await cmd.ExecuteNonQueryAsync(ct);
                if (rows == StageBatch)
                {
                    full = cmd;
                }
                else
                {
                    await cmd.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static async Task<DbCommand> StageCommandAsync(DbConnection connection, IDbContextTransaction tx, string[] names, int rows, CancellationToken ct)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx.GetDbTransaction();
        var values = Enumerable.Range(0, rows)
            .Select(r => "(" + string.Join(", ", names.Select((_, c) => string.Create(CultureInfo.InvariantCulture, $"@p{r * names.Length + c}"))) + ")");
        cmd.CommandText = $"""INSERT INTO finding_stage ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES {string.Join(", ", values)}""";
        for (var i = 0; i < rows * names.Length; i++)
        {
            var parameter = cmd.CreateParameter();
            parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{i}");
            cmd.Parameters.Add(parameter);
        }

        await cmd.PrepareAsync(ct);
        return cmd;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, long runId, List<Finding> findings, Func<string, int?> township, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """COPY finding_stage ("RunId", "Ordinal", "Rule", "Clause", "Severity", "SubjectKind", "SubjectId", "SubjectCode", "SubjectName", "OrgUnitId", "OrgUnitPath", "TownshipId", "Period", "Measured", "Required", "Message", "Due", "Topic", "ParametersUsed") FROM STDIN (FORMAT BINARY)""",
            ct);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(runId, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(i, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(f.Rule, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(f.Clause, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync((int)f.Severity, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync((int)f.Subject.Kind, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(f.Subject.Id, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(f.Subject.Code, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(f.Subject.Name, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(f.Subject.OrgUnitId, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(f.Subject.OrgUnitPath, NpgsqlDbType.Varchar, ct);
            if (township(f.Subject.OrgUnitPath) is { } t)
            {
                await writer.WriteAsync(t, NpgsqlDbType.Integer, ct);
            }
            else
            {
                await writer.WriteNullAsync(ct);
            }

            await writer.WriteAsync(f.Period, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(f.Measured, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(f.Required, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(f.Message, NpgsqlDbType.Varchar, ct);
            if (f.Due is { } due)
            {
                await writer.WriteAsync(due, NpgsqlDbType.Date, ct);
            }
            else
            {
                await writer.WriteNullAsync(ct);
            }

            await writer.WriteAsync(f.Topic, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(UsedParametersColumn.Write(f.UsedParameters), NpgsqlDbType.Text, ct);
        }

        await writer.CompleteAsync(ct);
    }

    /// <summary>Runs the reconciliation's statements with the run's parameters on the open transaction.</summary>
    private sealed class Statements(JicengDbContext db, IDbContextTransaction tx, EvaluationRun run, IReadOnlyCollection<string> rules)
    {
        private readonly DateTime _now = DateTime.SpecifyKind(run.StartedAt, DateTimeKind.Utc);
        private readonly List<string> _rules = [.. rules.Order(StringComparer.Ordinal)];

        public string RuleList => _rules.Count == 0 ? "NULL" : string.Join(", ", _rules.Select((_, i) => "@r" + i.ToString(CultureInfo.InvariantCulture)));

        public async Task<int> ExecAsync(string sql, CancellationToken ct)
        {
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.Transaction = tx.GetDbTransaction();
            cmd.CommandText = sql;
            cmd.CommandTimeout = 600;
            Add(cmd, "@run", run.Id);
            Add(cmd, "@now", _now);
            Add(cmd, "@asOf", run.AsOf);
            Add(cmd, "@year", run.Year);
            Add(cmd, "@path", run.ScopePath + "%");
            for (var i = 0; i < _rules.Count; i++)
            {
                Add(cmd, "@r" + i.ToString(CultureInfo.InvariantCulture), _rules[i]);
            }

            return await cmd.ExecuteNonQueryAsync(ct);
        }

        private static void Add(DbCommand cmd, string name, object value)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }
    }
}
