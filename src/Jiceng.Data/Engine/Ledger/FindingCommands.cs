using Jiceng.Core.Common;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Engine.Ledger;

/// <summary>Who is responsible for a finding's rectification and by when.</summary>
public sealed record AssignInput(int? UnitId, string? Person, DateOnly? PlannedDate);

/// <summary>A file attached to an explanation, as uploaded.</summary>
public sealed record AttachmentInput(string? FileName, string? ContentType, byte[]? Content);

/// <summary>A written explanation (情况说明) with its attachments.</summary>
public sealed record ExplanationInput(string? Text, IReadOnlyList<AttachmentInput>? Attachments);

/// <summary>The organization department's decision on an explanation; <see cref="SetAsideUntil"/> null sets it aside for good.</summary>
public sealed record DecisionInput(string? Reason, DateOnly? SetAsideUntil = null);

/// <summary>
/// The people's side of the ledger's lifecycle, for findings in the caller's scope: assign (责任单位、责任人、计划完成时限),
/// start rectifying, submit an explanation, and — the organization department — accept or reject it. Each change
/// carries the version the caller read, keeps a history event with who and why, and is audited with the row's
/// before and after values. Resolving is the evaluations' alone. A refusal changes nothing.
/// </summary>
public static class FindingCommands
{
    public static Task<CommandResult<FindingRecord>> AssignAsync(
        JicengDbContext db, DataScope scope, long id, AssignInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default) =>
        ChangeAsync(db, scope, id, expectedVersion, async f =>
        {
            if (f.State is not (FindingState.Open or FindingState.Assigned or FindingState.Rectifying))
            {
                return [StateError(f, "分派")];
            }

            var errors = new List<FieldError>();
            var unit = input.UnitId is { } unitId ? await db.OrgUnits.AsNoTracking().InScope(scope).FirstOrDefaultAsync(u => u.Id == unitId, ct) : null;
            if (input.UnitId is null)
            {
                errors.Add(new FieldError("unitId", "责任单位：必填"));
            }
            else if (unit is null)
            {
                errors.Add(new FieldError("unitId", "责任单位：不在您的数据范围内，只能分派给本单位或下级单位"));
            }

            var person = input.Person?.Trim() ?? "";
            if (person.Length == 0)
            {
                errors.Add(new FieldError("person", "责任人：必填"));
            }
            else if (person.Length > FindingRecord.PersonMaxLength)
            {
                errors.Add(new FieldError("person", $"责任人：不超过 {FindingRecord.PersonMaxLength} 个字"));
            }

            if (input.PlannedDate is not { } planned)
            {
                errors.Add(new FieldError("plannedDate", "计划完成时限：必填"));
            }
            else if (planned < today)
            {
                errors.Add(new FieldError("plannedDate", $"计划完成时限：不能早于今天（{Dates.Format(today)}）"));
            }

            if (errors.Count > 0)
            {
                return errors;
            }

            var from = f.State;
            (f.AssigneeUnitId, f.AssigneePerson, f.PlannedDate) = (unit!.Id, person, input.PlannedDate);
            f.State = from == FindingState.Open ? FindingState.Assigned : from;
            AddEvent(db, f, FindingEventKind.Assigned, from, $"责任单位：{unit.Name}；责任人：{person}；计划完成时限：{Dates.Format(input.PlannedDate!.Value)}");
            return [];
        }, ct);

    public static Task<CommandResult<FindingRecord>> StartRectifyingAsync(
        JicengDbContext db, DataScope scope, long id, int? expectedVersion, CancellationToken ct = default) =>
        ChangeAsync(db, scope, id, expectedVersion, f =>
        {
            if (f.State != FindingState.Assigned)
            {
                return Task.FromResult<IReadOnlyList<FieldError>>([f.State == FindingState.Open
                    ? new FieldError("state", "状态：尚未分派责任单位和责任人，请先分派再开始整改")
                    : StateError(f, "开始整改")]);
            }

            f.State = FindingState.Rectifying;
            AddEvent(db, f, FindingEventKind.Rectifying, FindingState.Assigned, null);
            return Task.FromResult<IReadOnlyList<FieldError>>([]);
        }, ct);

    public static Task<CommandResult<FindingRecord>> SubmitExplanationAsync(
        JicengDbContext db, DataScope scope, long id, ExplanationInput input, int? expectedVersion, CancellationToken ct = default) =>
        ChangeAsync(db, scope, id, expectedVersion, f =>
        {
            if (f.State is not (FindingState.Open or FindingState.Assigned or FindingState.Rectifying))
            {
                return Task.FromResult<IReadOnlyList<FieldError>>([StateError(f, "提交情况说明")]);
            }

            var text = input.Text?.Trim() ?? "";
            var errors = new List<FieldError>();
            if (text.Length == 0)
            {
                errors.Add(new FieldError("text", "情况说明：必填，请写明未能整改或无需整改的原因"));
            }
            else if (text.Length > FindingExplanation.TextMaxLength)
            {
                errors.Add(new FieldError("text", $"情况说明：不超过 {FindingExplanation.TextMaxLength} 个字"));
            }

            var attachments = AttachmentCheck.Check(input.Attachments ?? [], errors);
            if (errors.Count > 0)
            {
                return Task.FromResult<IReadOnlyList<FieldError>>(errors);
            }

            db.FindingExplanations.Add(new FindingExplanation
            {
                FindingId = f.Id, Text = text, SubmittedBy = ActorName(db), SubmittedAt = Now(db), PreviousState = f.State, Attachments = attachments,
            });
            var from = f.State;
            f.State = FindingState.Explained;
            AddEvent(db, f, FindingEventKind.ExplanationSubmitted, from, Clip(text));
            return Task.FromResult<IReadOnlyList<FieldError>>([]);
        }, ct);

    /// <summary>Accepts the pending explanation: the finding is set aside until <see cref="DecisionInput.SetAsideUntil"/> or for good.</summary>
    public static Task<CommandResult<FindingRecord>> AcceptAsync(
        JicengDbContext db, DataScope scope, long id, DecisionInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default) =>
        DecideAsync(db, scope, id, input, expectedVersion, accept: true, today, ct);

    /// <summary>Rejects the pending explanation: the finding returns to where it stood before.</summary>
    public static Task<CommandResult<FindingRecord>> RejectAsync(
        JicengDbContext db, DataScope scope, long id, DecisionInput input, int? expectedVersion, DateOnly today, CancellationToken ct = default) =>
        DecideAsync(db, scope, id, input with { SetAsideUntil = null }, expectedVersion, accept: false, today, ct);

    private static Task<CommandResult<FindingRecord>> DecideAsync(
        JicengDbContext db, DataScope scope, long id, DecisionInput input, int? expectedVersion, bool accept, DateOnly today, CancellationToken ct) =>
        ChangeAsync(db, scope, id, expectedVersion, async f =>
        {
            var verb = accept ? "采纳情况说明" : "退回情况说明";
            var pending = await db.FindingExplanations.Where(e => e.FindingId == f.Id && e.Decision == ExplanationDecision.Pending)
                .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
            if (f.State != FindingState.Explained || pending is null)
            {
                return [StateError(f, verb)];
            }

            if (string.Equals(pending.SubmittedBy, ActorName(db), StringComparison.Ordinal))
            {
                return [new FieldError("state", "审核人：不能审核自己提交的情况说明，请由组织部其他工作人员审核")];
            }

            var reason = input.Reason?.Trim() ?? "";
            var errors = new List<FieldError>();
            if (reason.Length == 0)
            {
                errors.Add(new FieldError("reason", accept ? "采纳理由：必填" : "退回理由：必填"));
            }
            else if (reason.Length > FindingExplanation.ReasonMaxLength)
            {
                errors.Add(new FieldError("reason", $"理由：不超过 {FindingExplanation.ReasonMaxLength} 个字"));
            }

            if (input.SetAsideUntil is { } until && until < today)
            {
                errors.Add(new FieldError("setAsideUntil", $"暂缓至：不能早于今天（{Dates.Format(today)}）"));
            }

            if (errors.Count > 0)
            {
                return errors;
            }

            (pending.Decision, pending.DecidedBy, pending.DecidedAt, pending.DecisionReason, pending.SetAsideUntil) =
                (accept ? ExplanationDecision.Accepted : ExplanationDecision.Rejected, ActorName(db), Now(db), reason, input.SetAsideUntil);
            f.State = accept ? FindingState.SetAside : pending.PreviousState;
            f.SetAsideUntil = accept ? input.SetAsideUntil : null;
            var note = accept && input.SetAsideUntil is { } d ? $"{reason}（暂缓至 {Dates.Format(d)}）" : accept ? $"{reason}（长期免于整改）" : reason;
            AddEvent(db, f, accept ? FindingEventKind.ExplanationAccepted : FindingEventKind.ExplanationRejected, FindingState.Explained, note);
            return [];
        }, ct);

    /// <summary>Loads the finding in scope, checks the version, lets <paramref name="apply"/> refuse or change it, and saves.</summary>
    private static async Task<CommandResult<FindingRecord>> ChangeAsync(
        JicengDbContext db, DataScope scope, long id, int? expectedVersion, Func<FindingRecord, Task<IReadOnlyList<FieldError>>> apply, CancellationToken ct)
    {
        var finding = await db.Findings.InScope(scope).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (finding is null)
        {
            return CommandResult<FindingRecord>.Missing();
        }

        if (expectedVersion is not { } version)
        {
            return CommandResult<FindingRecord>.Invalid([new FieldError("version", "版本号：必填（修改须基于读取时的版本）")]);
        }

        if (version != finding.Version)
        {
            return new CommandResult<FindingRecord> { Conflict = finding };
        }

        var errors = await apply(finding);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult<FindingRecord>.Invalid(errors);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<FindingRecord>.Ok(finding);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new CommandResult<FindingRecord> { Conflict = await db.Findings.AsNoTracking().FirstAsync(f => f.Id == id, ct) };
        }
    }

    private static FieldError StateError(FindingRecord f, string action) => f.State == FindingState.Resolved
        ? new FieldError("state", $"状态：该问题已经评估核销（已整改），不能{action}")
        : new FieldError("state", $"状态：当前为“{FindingStates.Label(f.State)}”，不能{action}");

    private static void AddEvent(JicengDbContext db, FindingRecord f, FindingEventKind kind, FindingState from, string? note) =>
        db.FindingEvents.Add(new FindingEvent
        {
            FindingId = f.Id, Kind = kind, At = Now(db), Actor = ActorName(db), FromState = from, ToState = f.State, Note = note is null ? null : Clip(note),
        });

    private static string ActorName(JicengDbContext db) => db.AuditContext.Actor.UserName;

    private static DateTime Now(JicengDbContext db) => db.AuditClock.GetUtcNow().UtcDateTime;

    private static string Clip(string text) => text.Length <= FindingEvent.NoteMaxLength ? text : text[..(FindingEvent.NoteMaxLength - 1)] + "…";
}
