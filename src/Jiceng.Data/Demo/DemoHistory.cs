using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Data.Audit;
using Jiceng.Data.Common;
using Jiceng.Data.Engine;
using Jiceng.Data.Engine.Ledger;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Demo;

/// <summary>What the demo history left in the ledger.</summary>
public sealed record DemoHistorySummary(int Runs, int Assigned, int Rectifying, int Explained, int Accepted, int Rejected);

/// <summary>
/// Gives the seeded demo district a past (issue 18 §6): the real evaluation and reconciliation run at the end of each
/// month of the data year up to <see cref="DemoDistrictGenerator.DataAsOf"/>, and after each run people act on what
/// it found through the ledger's own commands — township staff assign and rectify or explain, the organization
/// department accepts or rejects the explanations. Nothing is written around the core: findings open and resolve
/// because the records, judged on earlier days, said so. The last run is on the data day, so the ledger's current
/// findings are exactly those the engine finds then (the planted set). Deterministic: the finding ids decide who does what.
/// </summary>
public static class DemoHistory
{
    /// <summary>The township staff and the organization department of the demo accounts.</summary>
    public const string TownshipActor = "xiangzhen";
    public const string OrgDepartmentActor = "zzb";

    private static readonly string[] People = ["王建国", "李秀英", "张志强", "刘海燕", "陈永军", "杨丽萍", "赵德胜", "郝文斌"];

    private static readonly string[] Reasons =
    [
        "该岗位人选已报县委组织部，待换届程序完成后补齐，预计下季度内完成。",
        "相关人员正在履行任职程序，材料已报送，请求暂缓整改。",
        "该情况因工作调整所致，属客观原因，已制定过渡安排，请求免于整改。",
    ];

    /// <summary>The days evaluated: the end of each month from January of the data year, then the data day.</summary>
    public static IReadOnlyList<DateOnly> Days(DateOnly dataDay) =>
    [
        .. Enumerable.Range(1, dataDay.Month - 1).Select(m => new DateOnly(dataDay.Year, m, 1).AddMonths(1).AddDays(-1)).Where(d => d < dataDay),
        dataDay,
    ];

    public static async Task<DemoHistorySummary> WriteAsync(JicengDbContext db, Func<DateOnly, PolicyProfile> profileOn, CancellationToken ct = default)
    {
        var root = await DataScopeQueries.RootAsync(db, ct) ?? throw new InvalidOperationException("Seed the demo district first.");
        var (clock, audit, suspended) = (db.AuditClock, db.AuditContext, db.RowAuditSuspended);
        // One import entry for the whole history, as for the generated district, not one per change.
        db.RowAuditSuspended = true;
        var tally = new Tally();
        var days = Days(DemoDistrictGenerator.DataAsOf);
        try
        {
            foreach (var day in days)
            {
                await EvaluateAsync(db, root, profileOn(day), day, ct);
                // People act in the days after the run: decide the explanations pending, then take up what is new.
                var actDay = day == days[^1] ? day : day.AddDays(3);
                await DecideAsync(db, root, actDay, tally, ct);
                await TakeUpAsync(db, root, actDay, planAhead: day == days[^1] ? 150 : 20, tally, ct);
            }
        }
        finally
        {
            (db.AuditClock, db.AuditContext, db.RowAuditSuspended) = (clock, audit, suspended);
        }

        var summary = new DemoHistorySummary(days.Count, tally.Assigned, tally.Rectifying, tally.Explained, tally.Accepted, tally.Rejected);
        var entry = AuditChain.NewEntry(db.AuditContext.Actor, AuditHasher.Truncate(db.AuditClock.GetUtcNow()), AuditAction.Import, AuditOutcome.Success,
            "DemoHistory", "", summary);
        await AuditChain.AppendAsync(db, [entry], ct);
        return summary;
    }

    private static async Task EvaluateAsync(JicengDbContext db, DataScope root, PolicyProfile profile, DateOnly day, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.AuditClock = new FixedClock(At(day, 2));
        var result = await Evaluator.EvaluateAsync(db, root, profile, new EvaluationContext(day.Year, day), ct: ct);
        result.Run.StartedAt = At(day, 2).UtcDateTime;
        await Evaluator.SaveAsync(db, result, "demo", ct);
        // Reconciliation wrote with SQL: what the context tracks is stale.
        db.ChangeTracker.Clear();
    }

    /// <summary>The organization department decides each pending explanation: a third set aside for two months, a third for good, a third returned.</summary>
    private static async Task DecideAsync(JicengDbContext db, DataScope root, DateOnly day, Tally tally, CancellationToken ct)
    {
        Act(db, OrgDepartmentActor, day, 16);
        var pending = await db.Findings.AsNoTracking().Where(f => f.State == FindingState.Explained).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Version }).ToListAsync(ct);
        foreach (var f in pending)
        {
            var result = (f.Id % 3) switch
            {
                0 => await FindingCommands.AcceptAsync(db, root, f.Id, new DecisionInput("情况属实，同意暂缓整改，到期后重新评估。", day.AddMonths(2)), f.Version, day, ct),
                1 => await FindingCommands.AcceptAsync(db, root, f.Id, new DecisionInput("经核实属客观原因，同意免于整改。"), f.Version, day, ct),
                _ => await FindingCommands.RejectAsync(db, root, f.Id, new DecisionInput("说明理由不充分，请按期完成整改。"), f.Version, day, ct),
            };
            if (f.Id % 3 == 2)
            {
                Count(result, ref tally.Rejected);
            }
            else
            {
                Count(result, ref tally.Accepted);
            }
        }
    }

    /// <summary>
    /// Township staff take up the new violations and warnings: most are assigned (planned <paramref name="planAhead"/>
    /// days or more ahead) and some of those rectified; about one in seven is explained instead; the rest wait.
    /// </summary>
    private static async Task TakeUpAsync(JicengDbContext db, DataScope root, DateOnly day, int planAhead, Tally tally, CancellationToken ct)
    {
        Act(db, TownshipActor, day, 10);
        var open = await db.Findings.AsNoTracking().Where(f => f.State == FindingState.Open && f.Severity != Severity.Info).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Version, Unit = f.TownshipId ?? f.OrgUnitId, f.Clause }).ToListAsync(ct);
        foreach (var f in open)
        {
            var pick = (int)(f.Id % 7);
            if (pick == 6)
            {
                var attachments = f.Id % 2 == 0 ? [new AttachmentInput("情况说明.pdf", "application/pdf", Pdf)] : Array.Empty<AttachmentInput>();
                Count(await FindingCommands.SubmitExplanationAsync(db, root, f.Id, new ExplanationInput(Reasons[f.Clause % Reasons.Length], attachments), f.Version, ct),
                    ref tally.Explained);
            }
            else if (pick < 5)
            {
                var input = new AssignInput(f.Unit, People[f.Id % People.Length], day.AddDays(planAhead + 10 * pick));
                var assigned = await FindingCommands.AssignAsync(db, root, f.Id, input, f.Version, day, ct);
                Count(assigned, ref tally.Assigned);
                if (pick < 2 && assigned.Value is { } a)
                {
                    Count(await FindingCommands.StartRectifyingAsync(db, root, f.Id, a.Version, ct), ref tally.Rectifying);
                }
            }
        }
    }

    private static void Act(JicengDbContext db, string user, DateOnly day, int hour)
    {
        db.ChangeTracker.Clear();
        db.AuditClock = new FixedClock(At(day, hour));
        db.AuditContext = new FixedActor(new AuditActor(user, "", null, ""));
    }

    // The demo must not stop on a refused change, but it must not hide one either: a refusal here is a bug in the history.
    private static void Count(CommandResult<FindingRecord> result, ref int counter)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo history: a ledger command refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }

        counter++;
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), ChinaTime.Offset);

    // A one-page PDF is all an attachment check needs to see: its signature.
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    private sealed class Tally
    {
        public int Assigned, Rectifying, Explained, Accepted, Rejected;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private sealed class FixedActor(AuditActor actor) : IAuditContext
    {
        public AuditActor Actor => actor;
    }
}
