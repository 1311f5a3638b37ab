using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jiceng.Data.Audit;

/// <summary>
/// PostgreSQL: takes UPDATE and DELETE on the audit table away from the application role. The table passes to a
/// role that cannot sign in (<see cref="OwnerRole"/>); the application keeps SELECT and INSERT; the one way to delete is
/// <c>jiceng_audit_purge</c>, a SECURITY DEFINER function of that owner that removes only a prefix of entries older
/// than the retention (at least 180 days, by the database's clock). Applied by a database administrator
/// (<c>jiceng audit protect</c>), since the application role cannot give away what it owns and take it back.
/// </summary>
public static partial class AuditTableProtection
{
    public const string OwnerRole = "jiceng_audit_owner";
    public const string PurgeFunction = "jiceng_audit_purge";

    /// <summary>Applies the protection with an administrator's connection (superuser, or owner of the table and member of nothing else).</summary>
    public static async Task ApplyAsync(string adminConnectionString, string appRole, CancellationToken ct = default)
    {
        if (!RoleName().IsMatch(appRole))
        {
            throw new ArgumentException($"Not a plain PostgreSQL role name: {appRole}", nameof(appRole));
        }

        await using var conn = new NpgsqlConnection(adminConnectionString);
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var cmd = new NpgsqlCommand(Script(appRole), conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Deletes entries up to <paramref name="lastRemoved"/> through the guard function; null when the table is not protected (SQLite, or not applied).</summary>
    public static async Task<int?> PurgeThroughGuardAsync(JicengDbContext db, long lastRemoved, int retentionDays, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()
            || !await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = {PurgeFunction}) AS \"Value\"").SingleAsync(ct))
        {
            return null;
        }

        return await db.Database.SqlQuery<int>($"SELECT jiceng_audit_purge({lastRemoved}, {retentionDays}) AS \"Value\"").SingleAsync(ct);
    }

    private static string Script(string app) => $$"""
        DO $r$ BEGIN CREATE ROLE {{OwnerRole}} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $r$;
        ALTER TABLE public.audit_entries OWNER TO {{OwnerRole}};
        REVOKE ALL ON public.audit_entries FROM PUBLIC;
        REVOKE ALL ON public.audit_entries FROM "{{app}}";
        GRANT SELECT, INSERT ON public.audit_entries TO "{{app}}";
        CREATE OR REPLACE FUNCTION public.{{PurgeFunction}}(last_removed bigint, retention_days integer) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
        DECLARE removed integer;
        BEGIN
            IF retention_days < 180 THEN
                RAISE EXCEPTION 'audit retention below 180 days';
            END IF;
            IF EXISTS (SELECT 1 FROM public.audit_entries WHERE id <= last_removed AND at >= now() - make_interval(days => retention_days)) THEN
                RAISE EXCEPTION 'audit entries within the retention period';
            END IF;
            DELETE FROM public.audit_entries WHERE id <= last_removed;
            GET DIAGNOSTICS removed = ROW_COUNT;
            RETURN removed;
        END $f$;
        ALTER FUNCTION public.{{PurgeFunction}}(bigint, integer) OWNER TO {{OwnerRole}};
        REVOKE ALL ON FUNCTION public.{{PurgeFunction}}(bigint, integer) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION public.{{PurgeFunction}}(bigint, integer) TO "{{app}}";
        """;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
