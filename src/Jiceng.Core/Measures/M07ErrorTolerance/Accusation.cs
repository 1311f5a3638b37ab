using Jiceng.Core.Cadres;
using Jiceng.Core.Common;

namespace Jiceng.Core.Measures.M07ErrorTolerance;

/// <summary>The conclusion of an accusation's investigation.</summary>
public enum AccusationConclusion
{
    /// <summary>属实.</summary>
    True = 1,
    /// <summary>部分属实.</summary>
    PartlyTrue = 2,
    /// <summary>不实: calls for name clearing.</summary>
    Untrue = 3,
    /// <summary>诬告: calls for name clearing.</summary>
    FalseAccusation = 4,
}

/// <summary>
/// A report or accusation (信访举报) about a cadre, its conclusion and — when found 不实 or 诬告 — the name clearing
/// (澄清正名: method, scope, date). R7.3: concluded false and not clarified within P7.clarify_days is a violation.
/// <see cref="Content"/> is encrypted and read only by discipline readers.
/// </summary>
public sealed class Accusation : IVersioned
{
    public const int ContentMaxLength = 2000;
    public const int SourceMaxLength = 100;
    public const int MethodMaxLength = 100;
    public const int ScopeMaxLength = 100;

    public int Id { get; set; }

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>来源 (e.g. 信访、12380 举报).</summary>
    public string Source { get; set; } = "";

    /// <summary>反映内容 (encrypted at rest).</summary>
    public string? Content { get; set; }

    public AccusationConclusion? Conclusion { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    /// <summary>澄清方式 (e.g. 召开澄清会、书面通报).</summary>
    public string? ClarifyMethod { get; set; }

    /// <summary>澄清范围 (e.g. 乡镇党委班子会).</summary>
    public string? ClarifyScope { get; set; }

    public DateOnly? ClarifiedOn { get; set; }

    public int Version { get; set; }

    public static bool IsFalse(AccusationConclusion? c) => c is AccusationConclusion.Untrue or AccusationConclusion.FalseAccusation;
}
