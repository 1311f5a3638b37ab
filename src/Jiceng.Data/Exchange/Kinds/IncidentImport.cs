using Jiceng.Core.Common;
using Jiceng.Core.Measures.M09Care;
using Jiceng.Data.Measures.M09Care;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// Personal-safety incidents (人身安全事件, R9.5) by cadre ID number + report time to the minute (the natural key), with
/// their acceptance (受理) and closing (办结) — the two steps R9.5 times. Checked by <c>CareValidator.Incident</c> and
/// <c>CareValidator.Step</c> and written by <c>CareCommands.ApplyStep</c>, as the API reports an incident and adds its
/// steps. As in the API, a recorded incident is a timeline that only grows: a row of a stored incident may add the
/// acceptance or closing it lacks (checked against its stored steps); a recorded summary, acceptance or closing that
/// the row gives differently is refused, and an empty cell leaves a recorded step as it is. Intermediate handling
/// steps (处置) are entered on the incidents page. Times are China time to the minute (<see cref="ImportRowReader.Minute"/>);
/// "now" for the validator is the end of the import's day.
/// </summary>
public sealed class IncidentImport : ImportKind<IncidentImport.Row>
{
    public sealed record Row(string IdNumber, string? Name, IncidentInput Input, IncidentStepInput? Accept, IncidentStepInput? Close);

    private sealed record Stored(int Id, int CadreId, DateTime ReportedAt, string Summary, DateTime? AcceptedAt, DateTime? ClosedAt, List<DateTime> Steps);

    private static readonly Dictionary<string, string> AcceptColumns = new(StringComparer.Ordinal)
    {
        ["kind"] = "acceptedAt", ["at"] = "acceptedAt", ["action"] = "acceptAction", ["by"] = "acceptedBy",
    };

    private static readonly Dictionary<string, string> CloseColumns = new(StringComparer.Ordinal)
    {
        ["kind"] = "closedAt", ["at"] = "closedAt", ["action"] = "handling", ["by"] = "closedBy", ["outcome"] = "outcome",
    };

    private Dictionary<int, int> _cadreOf = [];
    private readonly Dictionary<int, Stored> _target = [];

    public override string Name => "incidents";

    public override string Label => "人身安全事件";

    public override string NaturalKey => "身份证号码和报告时间（到分钟）";

    public override IReadOnlyList<ImportColumn> Columns { get; } =
    [
        CadreRowCells.IdColumn(),
        CadreRowCells.NameColumn(),
        new("reportedAt", "报告时间", true, "北京时间，精确到分钟，如 2026-03-01 14:30") { Text = true },
        new("summary", "事件概要", true, $"不超过{SafetyIncident.SummaryMaxLength}字；已登记事件的概要不能通过导入更改"),
        new("acceptedAt", "受理时间", false, "北京时间，精确到分钟；未受理的留空") { Text = true },
        new("acceptedBy", "受理人", false, "受理时必填"),
        new("acceptAction", "受理情况", false, $"受理时必填，不超过{IncidentStep.ActionMaxLength}字"),
        new("closedAt", "办结时间", false, "北京时间，精确到分钟；未办结的留空（须先受理）") { Text = true },
        new("closedBy", "办结经办人", false, "办结时必填"),
        new("handling", "处置情况", false, $"办结时必填，不超过{IncidentStep.ActionMaxLength}字"),
        new("outcome", "办结结果", false, $"办结时必填，不超过{SafetyIncident.SummaryMaxLength}字"),
    ];

    /// <summary>The incidents of cadres in scope, in template form (times in China time to the minute), by cadre and report
    /// time; the acceptance's and the closing's own step give 受理人/受理情况 and 办结经办人/处置情况. Full ID numbers: the
    /// caller checks the user may see them and audits the export.</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ExportAsync(JicengDbContext db, DataScope scope, CancellationToken ct)
    {
        var rows = await db.SafetyIncidents.AsNoTracking().InScope(scope)
            .Select(i => new { Incident = i, Steps = i.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).ToList(), i.Cadre!.IdNumber, i.Cadre.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Incident.CadreId).ThenBy(r => r.Incident.ReportedAt)
            .Select(r =>
            {
                var i = r.Incident;
                var accept = i.AcceptedAt is { } a ? r.Steps.FirstOrDefault(s => s.At == a) : null;
                var close = i.ClosedAt is { } c ? r.Steps.LastOrDefault(s => s.At == c) : null;
                return (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["idNumber"] = r.IdNumber.Value, ["name"] = r.Name, ["reportedAt"] = CadreRowCells.Minute(i.ReportedAt), ["summary"] = i.Summary,
                    ["acceptedAt"] = i.AcceptedAt is { } at ? CadreRowCells.Minute(at) : null, ["acceptedBy"] = accept?.By, ["acceptAction"] = accept?.Action,
                    ["closedAt"] = i.ClosedAt is { } closed ? CadreRowCells.Minute(closed) : null, ["closedBy"] = close?.By, ["handling"] = close?.Action,
                    ["outcome"] = i.Outcome,
                };
            }).ToList();
    }

    private static DateTimeOffset Now(ImportSession session) => new(session.Today.ToDateTime(new TimeOnly(23, 59)), ChinaTime.Offset);

    protected override Row? Parse(ImportSession session, ImportRowReader row)
    {
        var id = CadreRowCells.IdNumber(row);
        var now = Now(session);
        var input = new IncidentInput(row.Minute("reportedAt"), row.Text("summary"));
        row.Add(CareValidator.Incident(input, now));
        var accept = StepOf(row, IncidentStepKind.Accept, "acceptedAt", "acceptAction", "acceptedBy", null);
        var close = StepOf(row, IncidentStepKind.Close, "closedAt", "handling", "closedBy", "outcome");
        if (row.Ok)
        {
            // Checked as a new incident: its acceptance after the report, its closing after the acceptance. A stored
            // incident's rows are checked against its stored steps again in CheckAsync.
            var incident = new SafetyIncident { ReportedAt = input.ReportedAt!.Value.UtcDateTime };
            foreach (var (step, columns) in new[] { (accept, AcceptColumns), (close, CloseColumns) })
            {
                if (step is null || !row.Ok)
                {
                    continue;
                }

                row.Add(CareValidator.Step(incident, step, now), columns);
                if (row.Ok)
                {
                    CareCommands.ApplyStep(incident, step);
                }
            }
        }

        return row.Ok ? new Row(id!, row.Text("name"), input with { Summary = input.Summary!.Trim() }, accept, close) : null;
    }

    /// <summary>The step a row's cells describe, or null when they are all empty.</summary>
    private static IncidentStepInput? StepOf(ImportRowReader row, IncidentStepKind kind, string at, string action, string by, string? outcome)
    {
        var when = row.Minute(at);
        var (actionText, byText, outcomeText) = (row.Text(action), row.Text(by), outcome is null ? null : row.Text(outcome));
        return when is null && row.Get(at) is null && actionText is null && byText is null && outcomeText is null
            ? null
            : new IncidentStepInput(null, kind, when, actionText, byText, outcomeText);
    }

    protected override string Key(Row item) => $"{item.IdNumber}|{item.Input.ReportedAt!.Value.UtcDateTime.Ticks}";

    protected override async Task CheckAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        _cadreOf = await CadreRowCells.CadresAsync(session, rows, r => r.IdNumber, r => r.Name, ct);
        var stored = new Dictionary<(int, DateTime), Stored>();
        foreach (var chunk in _cadreOf.Values.Distinct().Chunk(500))
        {
            foreach (var i in await session.Db.SafetyIncidents.AsNoTracking().Where(i => chunk.Contains(i.CadreId))
                         .Select(i => new Stored(i.Id, i.CadreId, i.ReportedAt, i.Summary, i.AcceptedAt, i.ClosedAt, i.Steps.Select(s => s.At).ToList())).ToListAsync(ct))
            {
                stored.TryAdd((i.CadreId, CadreRowCells.ToMinute(DateTime.SpecifyKind(i.ReportedAt, DateTimeKind.Utc))), i);
            }
        }

        foreach (var (number, row) in rows)
        {
            if (_cadreOf.TryGetValue(number, out var cadreId) && stored.TryGetValue((cadreId, row.Input.ReportedAt!.Value.UtcDateTime), out var s))
            {
                _target[number] = s;
                CheckAgainstStored(session, number, row, s);
            }
        }
    }

    /// <summary>A row of a stored incident: what it repeats must match, what it adds is checked against the stored steps.</summary>
    private static void CheckAgainstStored(ImportSession session, int number, Row row, Stored s)
    {
        if (!string.Equals(row.Input.Summary, s.Summary, StringComparison.Ordinal))
        {
            session.Errors.Add(new ImportError(number, "事件概要", row.Input.Summary, "与已登记事件的概要不一致（已登记的概要不能通过导入更改）"));
        }

        var incident = new SafetyIncident
        {
            ReportedAt = DateTime.SpecifyKind(s.ReportedAt, DateTimeKind.Utc),
            AcceptedAt = s.AcceptedAt, ClosedAt = s.ClosedAt, Steps = [.. s.Steps.Select(at => new IncidentStep { At = DateTime.SpecifyKind(at, DateTimeKind.Utc) })],
        };
        foreach (var (step, recorded, header) in new[] { (row.Accept, s.AcceptedAt, "受理时间"), (row.Close, s.ClosedAt, "办结时间") })
        {
            if (step is null)
            {
                continue;
            }

            if (recorded is { } r)
            {
                var utc = DateTime.SpecifyKind(r, DateTimeKind.Utc);
                if (CadreRowCells.ToMinute(utc) != step.At!.Value.UtcDateTime)
                {
                    session.Errors.Add(new ImportError(number, header, CareValidator.Format(step.At.Value.UtcDateTime),
                        $"与已记录的{header}{CareValidator.Format(utc)}不一致（已记录的环节不能通过导入更改）"));
                }

                continue;
            }

            var errors = CareValidator.Step(incident, step, Now(session));
            foreach (var e in errors)
            {
                session.Errors.Add(new ImportError(number, header, CareValidator.Format(step.At!.Value.UtcDateTime), e.Message));
            }

            if (errors.Count == 0)
            {
                CareCommands.ApplyStep(incident, step);
            }
        }
    }

    protected override async Task ApplyAsync(ImportSession session, IReadOnlyList<ParsedRow<Row>> rows, CancellationToken ct)
    {
        var db = session.Db;
        var ids = _target.Values.Select(s => s.Id).ToList();
        var tracked = new Dictionary<int, SafetyIncident>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var i in await db.SafetyIncidents.Include(i => i.Steps).Where(i => chunk.Contains(i.Id)).ToListAsync(ct))
            {
                tracked[i.Id] = i;
            }
        }

        var done = 0;
        foreach (var (number, row) in rows)
        {
            SafetyIncident incident;
            var added = false;
            if (_target.TryGetValue(number, out var s))
            {
                incident = tracked[s.Id];
            }
            else
            {
                incident = new SafetyIncident { CadreId = _cadreOf[number], ReportedAt = row.Input.ReportedAt!.Value.UtcDateTime, Summary = row.Input.Summary! };
                db.SafetyIncidents.Add(incident);
                session.Counts.Created++;
                added = true;
            }

            var grew = false;
            if (row.Accept is { } accept && incident.AcceptedAt is null)
            {
                CareCommands.ApplyStep(incident, accept);
                grew = true;
            }

            if (row.Close is { } close && incident.ClosedAt is null)
            {
                CareCommands.ApplyStep(incident, close);
                grew = true;
            }

            if (!added)
            {
                if (grew)
                {
                    session.Counts.Updated++;
                }
                else
                {
                    session.Counts.Unchanged++;
                }
            }

            session.Report(ImportStage.Writing, ++done, rows.Count);
        }

        await db.SaveChangesAsync(ct);
    }
}
