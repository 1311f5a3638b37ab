using Jiceng.Core.Common;
using Jiceng.Core.Findings;

namespace Jiceng.Data.Engine;

/// <summary>
/// One finding of the rectification ledger (问题整改台账): a row per identity — rule, subject, period and topic — that
/// evaluations open, confirm, resolve and reopen (<see cref="Ledger.FindingLedger"/>) and people assign, rectify and
/// explain (<see cref="Ledger.FindingCommands"/>). The current values are those of the last run that saw it.
/// </summary>
public sealed class FindingRecord : IVersioned
{
    public const int TextMaxLength = 400;
    public const int PersonMaxLength = 32;

    public long Id { get; set; }

    public string Rule { get; set; } = "";

    public int Clause { get; set; }

    public Severity Severity { get; set; }

    public SubjectKind SubjectKind { get; set; }

    public int SubjectId { get; set; }

    public string SubjectCode { get; set; } = "";

    public string SubjectName { get; set; } = "";

    public int OrgUnitId { get; set; }

    public string OrgUnitPath { get; set; } = "/";

    /// <summary>The township (or sub-district) the subject belongs to, for grouping; null above township level.</summary>
    public int? TownshipId { get; set; }

    /// <summary>The evaluated year of the runs that see this finding; reconciliation only touches its own year.</summary>
    public int Year { get; set; }

    public string Period { get; set; } = "";

    public string Measured { get; set; } = "";

    public string Required { get; set; } = "";

    public string Message { get; set; } = "";

    public DateOnly? Due { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The parameter values the finding was judged with, encoded by <see cref="UsedParametersColumn"/>; empty for none.</summary>
    public string ParametersUsed { get; set; } = "";

    public FindingState State { get; set; }

    public long FirstSeenRunId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime FirstSeenAt { get; set; }

    public long LastSeenRunId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>The run that no longer found it (verified the rectification); null unless resolved.</summary>
    public long? ResolvedRunId { get; set; }

    /// <summary>The evaluation day of the resolving run.</summary>
    public DateOnly? ResolvedOn { get; set; }

    public int ReopenCount { get; set; }

    /// <summary>The unit responsible for the rectification (责任单位).</summary>
    public int? AssigneeUnitId { get; set; }

    /// <summary>The person responsible (责任人).</summary>
    public string? AssigneePerson { get; set; }

    /// <summary>The planned date of completion (计划完成时限).</summary>
    public DateOnly? PlannedDate { get; set; }

    /// <summary>An accepted explanation sets the finding aside until this day (inclusive); null while set aside means for good.</summary>
    public DateOnly? SetAsideUntil { get; set; }

    public int Version { get; set; }

    public static FindingRecord From(Finding f, int year, int? townshipId) => new()
    {
        Rule = f.Rule, Clause = f.Clause, Severity = f.Severity, SubjectKind = f.Subject.Kind, SubjectId = f.Subject.Id,
        SubjectCode = f.Subject.Code, SubjectName = f.Subject.Name, OrgUnitId = f.Subject.OrgUnitId, OrgUnitPath = f.Subject.OrgUnitPath,
        TownshipId = townshipId, Year = year, Period = f.Period, Measured = f.Measured, Required = f.Required, Message = f.Message,
        Due = f.Due, Topic = f.Topic, ParametersUsed = UsedParametersColumn.Write(f.UsedParameters),
    };

    public Finding ToFinding() => new(Rule, Clause, Severity, new Subject(SubjectKind, SubjectId, SubjectCode, SubjectName, OrgUnitId, OrgUnitPath),
        Period, Measured, Required, Message, Due, Topic, UsedParametersColumn.Read(ParametersUsed));
}

/// <summary>
/// Where a finding stands. Open → Assigned → Rectifying → Resolved (only by an evaluation that no longer finds it);
/// or an explanation (情况说明) is submitted (Explained) and accepted (SetAside) or rejected (back where it was).
/// </summary>
public enum FindingState
{
    /// <summary>待整改（未分派）.</summary>
    Open = 0,

    /// <summary>已分派.</summary>
    Assigned = 1,

    /// <summary>整改中.</summary>
    Rectifying = 2,

    /// <summary>情况说明待审核.</summary>
    Explained = 3,

    /// <summary>说明已采纳（暂缓或免于整改）.</summary>
    SetAside = 4,

    /// <summary>已整改（经评估核销）.</summary>
    Resolved = 5,
}
