using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>The steps of an error-tolerance case (容错纠错), in order.</summary>
public enum CaseStage
{
    /// <summary>受理.</summary>
    Intake = 1,
    /// <summary>核实.</summary>
    Verification = 2,
    /// <summary>分析.</summary>
    Analysis = 3,
    /// <summary>认定.</summary>
    Determination = 4,
    /// <summary>决定.</summary>
    Decision = 5,
}

/// <summary>A case's outcome.</summary>
public enum CaseDecision
{
    /// <summary>容错免责: a linked sanction no longer blocks promotion.</summary>
    Exempted = 1,
    /// <summary>从轻减轻.</summary>
    Mitigated = 2,
    /// <summary>不予容错.</summary>
    NotTolerated = 3,
}

/// <summary>The criteria checklist of a case (the "三个区分开来"), as flags; the determination weighs them.</summary>
[Flags]
public enum CaseCriteria
{
    None = 0,
    /// <summary>因缺乏经验、先行先试出现的失误.</summary>
    Pioneering = 1,
    /// <summary>未违反法律法规和明令禁止的规定.</summary>
    NoProhibitionBroken = 2,
    /// <summary>出于公心，未谋取私利.</summary>
    NoPersonalGain = 4,
    /// <summary>经过民主决策程序.</summary>
    DemocraticProcedure = 8,
    /// <summary>主动挽回损失、消除影响.</summary>
    LossRemedied = 16,
}

/// <summary>
/// An error-tolerance case (容错纠错案件) about one cadre, received on <see cref="ReceivedOn"/> and taken through its
/// <see cref="Steps"/> to a decision. R7.1: undetermined (no decision) more than P7.case_days after receipt is a warning.
/// A 容错免责 decision on a case linked to a sanction (<see cref="SanctionId"/>) means that sanction does not block promotion
/// from the decision day. <see cref="Facts"/> and the steps' notes are encrypted and read only by discipline readers.
/// </summary>
public sealed class ToleranceCase : IVersioned
{
    public const int FactsMaxLength = 2000;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>The sanction the case concerns, if any.</summary>
    public int? SanctionId { get; set; }

    public Sanction? Sanction { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>The facts of the case (encrypted at rest).</summary>
    public string? Facts { get; set; }

    public CaseCriteria Criteria { get; set; }

    public CaseDecision? Decision { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public List<CaseStep> Steps { get; set; } = [];

    public int Version { get; set; }

    /// <summary>The furthest step recorded (受理 when none is).</summary>
    public CaseStage Stage => Steps.Count == 0 ? CaseStage.Intake : Steps.Max(s => s.Stage);
}

/// <summary>One step of a case: who did it, when, on which documents, with notes (encrypted).</summary>
public sealed class CaseStep
{
    public const int AuthorMaxLength = 50;
    public const int DocumentsMaxLength = 500;
    public const int NoteMaxLength = 2000;

    public int Id { get; set; }

    public int CaseId { get; set; }

    public CaseStage Stage { get; set; }

    public string Author { get; set; } = "";

    public DateOnly On { get; set; }

    /// <summary>The documents the step rests on (names or numbers, one per line).</summary>
    public string? Documents { get; set; }

    public string? Note { get; set; }
}
