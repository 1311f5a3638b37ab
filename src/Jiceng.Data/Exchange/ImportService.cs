using System.Security.Cryptography;
using Jiceng.Data.Audit;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange;

/// <summary>What the caller asks of an import.</summary>
public sealed record ImportRequest(string FileName, bool Commit)
{
    public DateOnly Today { get; init; }
    public string UserName { get; init; } = "";
    public int? UserOrgUnitId { get; init; }
    public bool MaySetRemoteHardship { get; init; }

    /// <summary>The policy profile in force on a day (the grades kind applies R5.1's cap with it); null when none is loaded.</summary>
    public Func<DateOnly, Core.Policy.PolicyProfile>? ProfileOn { get; init; }
    public ImportLimits Limits { get; init; } = ImportLimits.Default;
}

/// <summary>What an import found and did. <see cref="Errors"/> holds up to <see cref="ImportErrors.Kept"/> refusals; <see cref="ErrorCount"/> all of them.</summary>
public sealed record ImportResult
{
    public required string Kind { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public string Format { get; init; } = "";
    public int Rows { get; init; }
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int ErrorCount { get; init; }
    public IReadOnlyList<ImportError> Errors { get; init; } = [];
    public IReadOnlyList<string> Notices { get; init; } = [];
    public bool Committed { get; init; }
    /// <summary>The batch recorded for this import (committed or refused; none for a check only).</summary>
    public int? BatchId { get; init; }
    /// <summary>An earlier committed batch of the same kind with the same file hash.</summary>
    public int? PreviousBatchId { get; init; }

    /// <summary>The file was imported before and this import changed nothing.</summary>
    public bool AlreadyImported => PreviousBatchId is not null && Created == 0 && Updated == 0 && ErrorCount == 0;
}

/// <summary>
/// Upload → validate every row → preview → commit. One pass reads the file as a stream, checks each row with the kind's
/// parser (the product's validators), then the rows together (duplicates, references, natural keys) — a large kind
/// (cadres) batch by batch, writing each batch as it passes (new rows through the bulk path); a commit writes all rows
/// in one transaction, or none when any row is refused (the transaction, or a savepoint in the caller's, rolls back). Each committed or refused import is recorded
/// (<see cref="ImportBatch"/>) and audited once with its kind, file hash and counts (the rows' own writes are audited
/// as every write is). Imports write records only: never accounts, roles or scopes.
/// </summary>
public static class ImportService
{
    public static async Task<ImportResult> RunAsync(
        JicengDbContext db, DataScope scope, ImportKind kind, Stream file, ImportRequest request,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (!file.CanSeek)
        {
            throw new ArgumentException("The file stream must be seekable (copy an upload to a temporary file first).", nameof(file));
        }

        var fileName = Path.GetFileName(request.FileName);
        if (fileName.Length > ImportBatch.FileNameMaxLength)
        {
            fileName = fileName[^ImportBatch.FileNameMaxLength..];
        }

        file.Position = 0;
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        file.Position = 0;
        var result = new ImportResult { Kind = kind.Name, FileName = fileName, Sha256 = sha };
        var previous = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Kind == kind.Name && b.Sha256 == sha && b.Outcome == ImportOutcomeKind.Committed)
            .OrderBy(b => b.Id).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
        result = result with { PreviousBatchId = previous };

        TabularFile table;
        try
        {
            table = TabularFile.Open(file, request.Limits);
        }
        catch (ImportRefusedException e)
        {
            return await RefuseAsync(db, kind, request, result, [new ImportError(0, "", null, e.Message)], 1, ct);
        }

        var session = new ImportSession(db, scope, request.Today, progress) { MaySetRemoteHardship = request.MaySetRemoteHardship, ProfileOn = request.ProfileOn };
        var notices = new List<string>();
        var own = request.Commit && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // Batches are written as they pass: in a caller's transaction a savepoint undoes them when a later row is refused.
        var savepoint = request.Commit && own is null ? "jiceng_import" : null;
        if (savepoint is not null)
        {
            await db.Database.CurrentTransaction!.CreateSavepointAsync(savepoint, ct);
        }

        try
        {
            try
            {
                await kind.RunAsync(session, Readers(table, kind, request.Limits, notices), request.Commit, ct);
            }
            catch (ImportRefusedException e)
            {
                session.Errors.Add(new ImportError(0, "", null, e.Message));
            }

            result = result with
            {
                Format = table.Format, Rows = session.Counts.Rows, Created = session.Counts.Created, Updated = session.Counts.Updated,
                Unchanged = session.Counts.Unchanged, ErrorCount = session.Errors.Count, Errors = session.Errors.Items, Notices = [.. notices, .. session.Notices],
            };
            if (!request.Commit)
            {
                return result;
            }

            if (session.Errors.Count > 0)
            {
                if (own is not null)
                {
                    await own.RollbackAsync(ct);
                }
                else if (savepoint is not null)
                {
                    await db.Database.CurrentTransaction!.RollbackToSavepointAsync(savepoint, ct);
                }

                db.ChangeTracker.Clear();
                result = result with { Created = 0, Updated = 0, Unchanged = 0 };
                return await RefuseAsync(db, kind, request, result, session.Errors.Items, session.Errors.Count, ct);
            }

            if (savepoint is not null)
            {
                await db.Database.CurrentTransaction!.ReleaseSavepointAsync(savepoint, ct);
            }

            var batch = Batch(db, kind, request, result, ImportOutcomeKind.Committed);
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(ct);
            await AuditAsync(db, kind, batch, AuditOutcome.Success, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            progress?.Report(new ImportProgress(ImportStage.Done, result.Rows, result.Rows));
            return result with { Committed = true, BatchId = batch.Id };
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The header row mapped, then a reader for each data row.</summary>
    private static IEnumerable<ImportRowReader> Readers(TabularFile table, ImportKind kind, ImportLimits limits, List<string> notices)
    {
        HeaderMap? map = null;
        foreach (var row in table.Rows())
        {
            if (map is null)
            {
                map = HeaderMap.Build(row.Cells, kind.Columns);
                notices.AddRange(map.Notices);
                continue;
            }

            yield return new ImportRowReader(row, map, kind.Columns, limits);
        }

        if (map is null)
        {
            throw new ImportRefusedException("文件中没有表头行，也没有数据");
        }
    }

    private static async Task<ImportResult> RefuseAsync(
        JicengDbContext db, ImportKind kind, ImportRequest request, ImportResult result, IReadOnlyList<ImportError> errors, int count, CancellationToken ct)
    {
        result = result with { Errors = errors, ErrorCount = count, Committed = false };
        if (!request.Commit)
        {
            return result;
        }

        var batch = Batch(db, kind, request, result, ImportOutcomeKind.Refused);
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        await AuditAsync(db, kind, batch, AuditOutcome.Failure, ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return result with { BatchId = batch.Id };
    }

    private static ImportBatch Batch(JicengDbContext db, ImportKind kind, ImportRequest request, ImportResult r, ImportOutcomeKind outcome) => new()
    {
        Kind = kind.Name, FileName = r.FileName, Sha256 = r.Sha256, UserName = request.UserName.Length > 0 ? request.UserName : db.AuditContext.Actor.UserName,
        OrgUnitId = request.UserOrgUnitId, At = AuditHasher.Truncate(db.AuditClock.GetUtcNow()), Rows = r.Rows, Created = r.Created,
        Updated = r.Updated, Unchanged = r.Unchanged, Errors = r.ErrorCount, Outcome = outcome,
    };

    private static Task AuditAsync(JicengDbContext db, ImportKind kind, ImportBatch b, AuditOutcome outcome, CancellationToken ct) =>
        AuditChain.AppendAsync(db, [AuditChain.NewEntry(db.AuditContext.Actor, b.At, AuditAction.Import, outcome, nameof(ImportBatch),
            b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { kind = kind.Name, file = b.FileName, sha256 = b.Sha256, rows = b.Rows, created = b.Created, updated = b.Updated, unchanged = b.Unchanged, errors = b.Errors })], ct);
}
