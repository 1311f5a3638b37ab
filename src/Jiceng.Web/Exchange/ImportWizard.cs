using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Data;
using Jiceng.Data.Exchange;
using Jiceng.Data.Scope;
using Jiceng.Web.Api;
using Jiceng.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Exchange;

/// <summary>An import batch as the wizard lists it.</summary>
public sealed record ImportBatchRow(int Id, string Kind, string KindLabel, string FileName, string Sha256, string UserName, DateTime At,
    int Rows, int Created, int Updated, int Unchanged, int Errors, ImportOutcomeKind Outcome);

/// <summary>
/// What the /import pages do, in one place the pages and the tests share: the same authorization, scope and request as
/// /api/v1/imports (<see cref="ImportsApi.Request"/>, <see cref="CurrentUser.ScopeOf"/>), and the recent batches of the
/// units inside the user's scope.
/// </summary>
public static class ImportWizard
{
    public const int RecentBatches = 20;

    /// <summary>The roles that may import (the API's <see cref="Policies.EditData"/>).</summary>
    public static bool MayImport(ClaimsPrincipal user) => CurrentUser.CanEdit(user);

    /// <summary>
    /// Commits one file exactly as the API's POST /imports/{kind}/commit, or (<paramref name="commit"/> false) previews it
    /// as a dry run: the same commit inside a transaction that is rolled back, so the preview counts what would be
    /// created, updated and left unchanged (a check alone counts rows and errors only). Nothing of a dry run stays:
    /// no records, no batch, no audit entry.
    /// </summary>
    public static async Task<ImportResult> RunAsync(JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, ImportKind kind, Stream file,
        string fileName, bool commit, IProgress<ImportProgress>? progress = null, CancellationToken ct = default, Func<DateOnly, Core.Policy.PolicyProfile>? profileOn = null)
    {
        if (!MayImport(user))
        {
            throw new UnauthorizedAccessException("The user may not import.");
        }

        var request = ImportsApi.Request(fileName, commit: true, user, clock) with { ProfileOn = profileOn };
        if (commit)
        {
            return await ImportService.RunAsync(db, CurrentUser.ScopeOf(user), kind, file, request, progress, ct);
        }

        await using var dryRun = await db.Database.BeginTransactionAsync(ct);
        var result = await ImportService.RunAsync(db, CurrentUser.ScopeOf(user), kind, file, request, progress, ct);
        await dryRun.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        return result with { Committed = false, BatchId = null };
    }

    /// <summary>Previews or commits a .lrmx or a zip of them into a unit of the user's scope, exactly as the API's /lrmx/import[/preview].</summary>
    public static async Task<LrmxImportResult> RunLrmxAsync(JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, string fileName, Stream content,
        int orgUnitId, CadreCategory category, bool commit, CancellationToken ct = default)
    {
        if (!MayImport(user))
        {
            throw new UnauthorizedAccessException("The user may not import.");
        }

        var (files, refusal) = LrmxImport.Unpack(fileName, content);
        if (refusal is not null)
        {
            return new LrmxImportResult([], refusal, Committed: false);
        }

        var scope = CurrentUser.ScopeOf(user);
        var options = new LrmxImportOptions(orgUnitId, category);
        var today = ChinaTime.Today(clock);
        return commit
            ? await LrmxImport.CommitAsync(db, scope, files, options, today, ct)
            : await LrmxImport.PreviewAsync(db, scope, files, options, today, ct);
    }

    /// <summary>The file with an error column, as the API's error report.</summary>
    public static async Task<byte[]> ErrorReportAsync(Stream file, ImportResult result, CancellationToken ct = default)
    {
        using var output = new MemoryStream();
        await ImportErrorReport.WriteAsync(file, result, ImportLimits.Default, output, ct);
        return output.ToArray();
    }

    /// <summary>The latest batches imported by users of units inside the scope (command-line imports, without a unit, are not listed).</summary>
    public static async Task<IReadOnlyList<ImportBatchRow>> RecentAsync(JicengDbContext db, DataScope scope, int take = RecentBatches, CancellationToken ct = default)
    {
        var units = db.OrgUnits.AsNoTracking().InScope(scope).Select(u => u.Id);
        var batches = await db.ImportBatches.AsNoTracking().Where(b => b.OrgUnitId != null && units.Contains(b.OrgUnitId.Value))
            .OrderByDescending(b => b.Id).Take(take).ToListAsync(ct);
        var labels = ImportKinds.All.ToDictionary(k => k.Name, k => k.Label, StringComparer.OrdinalIgnoreCase);
        return batches.Select(b => new ImportBatchRow(b.Id, b.Kind, labels.GetValueOrDefault(b.Kind, b.Kind), b.FileName, b.Sha256, b.UserName,
            b.At, b.Rows, b.Created, b.Updated, b.Unchanged, b.Errors, b.Outcome)).ToList();
    }
}
