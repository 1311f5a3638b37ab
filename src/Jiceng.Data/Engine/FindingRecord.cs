using Jiceng.Core.Findings;

namespace Jiceng.Data.Engine;

/// <summary>A stored <see cref="Finding"/> of an evaluation run, with its subject's unit path for scoped reads.</summary>
public sealed class FindingRecord
{
    public const int TextMaxLength = 400;

    public long Id { get; set; }

    public long RunId { get; set; }

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

    public string Period { get; set; } = "";

    public string Measured { get; set; } = "";

    public string Required { get; set; } = "";

    public string Message { get; set; } = "";

    public DateOnly? Due { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The parameter values the finding was judged with, encoded by <see cref="UsedParametersColumn"/>; empty for none.</summary>
    public string ParametersUsed { get; set; } = "";

    public static FindingRecord From(long runId, Finding f, int? townshipId) => new()
    {
        RunId = runId, Rule = f.Rule, Clause = f.Clause, Severity = f.Severity, SubjectKind = f.Subject.Kind, SubjectId = f.Subject.Id,
        SubjectCode = f.Subject.Code, SubjectName = f.Subject.Name, OrgUnitId = f.Subject.OrgUnitId, OrgUnitPath = f.Subject.OrgUnitPath,
        TownshipId = townshipId, Period = f.Period, Measured = f.Measured, Required = f.Required, Message = f.Message, Due = f.Due,
        Topic = f.Topic, ParametersUsed = UsedParametersColumn.Write(f.UsedParameters),
    };

    public Finding ToFinding() => new(Rule, Clause, Severity, new Subject(SubjectKind, SubjectId, SubjectCode, SubjectName, OrgUnitId, OrgUnitPath),
        Period, Measured, Required, Message, Due, Topic, UsedParametersColumn.Read(ParametersUsed));
}
