using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Data.Common;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Scope;
using Jiceng.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>A case step's document without its bytes.</summary>
public sealed record CaseAttachmentView(long Id, int StepId, string FileName, string ContentType, int Size);

/// <summary>
/// The documents of a case's steps (<see cref="CaseStepAttachment"/>): the ledger's upload checks (count, size, type
/// confirmed by the first bytes), stored encrypted in the database; a download is a sensitive read, audited. Everything
/// through the caller's scope (a case outside it, or a step of another case, does not exist).
/// </summary>
public static class CaseAttachmentCommands
{
    public const string RecordType = nameof(CaseStepAttachment);

    /// <summary>Adds documents to a step of a case in scope; refused with Chinese field errors, nothing saved then.</summary>
    public static async Task<CommandResult<IReadOnlyList<CaseAttachmentView>>> AddAsync(
        JicengDbContext db, DataScope scope, int caseId, int stepId, IReadOnlyList<AttachmentInput> inputs, CancellationToken ct = default)
    {
        if (!await StepInScope(db, scope, caseId, stepId).AnyAsync(ct))
        {
            return CommandResult<IReadOnlyList<CaseAttachmentView>>.Missing();
        }

        var errors = new List<FieldError>();
        if (inputs.Count == 0)
        {
            errors.Add(new FieldError("attachments", "附件：请选择要上传的文件"));
        }

        var files = AttachmentCheck.Files(inputs, CaseStepAttachment.MaxPerUpload, errors);
        var kept = await db.CaseStepAttachments.CountAsync(a => a.StepId == stepId, ct);
        if (errors.Count == 0 && kept + files.Count > CaseStepAttachment.MaxPerStep)
        {
            errors.Add(new FieldError("attachments", $"附件：每个环节最多 {CaseStepAttachment.MaxPerStep} 个，已有 {kept} 个"));
        }

        if (errors.Count > 0)
        {
            return CommandResult<IReadOnlyList<CaseAttachmentView>>.Invalid(errors);
        }

        var added = files.Select(f => new CaseStepAttachment { StepId = stepId, FileName = f.FileName, ContentType = f.ContentType, Size = f.Content.Length, Content = f.Content })
            .ToList();
        db.CaseStepAttachments.AddRange(added);
        await db.SaveChangesAsync(ct);
        return CommandResult<IReadOnlyList<CaseAttachmentView>>.Ok([.. added.Select(View)]);
    }

    /// <summary>The documents of a case's steps (no bytes), in upload order; empty when the case is not in scope.</summary>
    public static async Task<IReadOnlyList<CaseAttachmentView>> ListAsync(JicengDbContext db, DataScope scope, int caseId, CancellationToken ct = default)
    {
        var steps = db.ToleranceCaseSteps.Where(s => s.CaseId == caseId && db.ToleranceCases.InScope(scope).Any(c => c.Id == caseId)).Select(s => s.Id);
        return await db.CaseStepAttachments.AsNoTracking().Where(a => steps.Contains(a.StepId)).OrderBy(a => a.Id)
            .Select(a => new CaseAttachmentView(a.Id, a.StepId, a.FileName, a.ContentType, a.Size)).ToListAsync(ct);
    }

    /// <summary>One document with its bytes, the read audited as sensitive; null when absent or out of scope (not audited here).</summary>
    public static async Task<CaseStepAttachment?> ReadAsync(
        JicengDbContext db, DataScope scope, int caseId, int stepId, long attachmentId, ISensitiveReadAuditor auditor, CancellationToken ct = default)
    {
        var steps = StepInScope(db, scope, caseId, stepId).Select(s => s.Id);
        var file = await db.CaseStepAttachments.AsNoTracking().Where(a => a.Id == attachmentId && steps.Contains(a.StepId)).FirstOrDefaultAsync(ct);
        if (file is not null)
        {
            await auditor.RecordAsync(RecordType, RecordId(caseId, stepId, attachmentId), nameof(CaseStepAttachment.Content), ct);
        }

        return file;
    }

    public static string RecordId(int caseId, int stepId, long attachmentId) =>
        string.Create(CultureInfo.InvariantCulture, $"{caseId}/{stepId}/{attachmentId}");

    private static IQueryable<Core.Measures.M07ErrorTolerance.CaseStep> StepInScope(JicengDbContext db, DataScope scope, int caseId, int stepId) =>
        db.ToleranceCaseSteps.Where(s => s.Id == stepId && s.CaseId == caseId && db.ToleranceCases.InScope(scope).Any(c => c.Id == caseId));

    private static CaseAttachmentView View(CaseStepAttachment a) => new(a.Id, a.StepId, a.FileName, a.ContentType, a.Size);
}
