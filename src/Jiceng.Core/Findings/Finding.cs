namespace Jiceng.Core.Findings;

/// <summary>
/// One judgment of a rule about one subject in one period, citing its clause. <see cref="Measured"/> and
/// <see cref="Required"/> are shown side by side; <see cref="Message"/> says it in a sentence (zh-CN).
/// <see cref="Topic"/> tells apart several findings of one rule about one subject (e.g. "women" and "young" of R1.1),
/// so (rule, subject, topic) identifies a finding across runs and profiles. <see cref="Parameters"/> are the values
/// of the rule's parameters it was judged with (the evaluator attaches them; rules leave them empty).
/// </summary>
public sealed record Finding(
    string Rule,
    int Clause,
    Severity Severity,
    Subject Subject,
    string Period,
    string Measured,
    string Required,
    string Message,
    DateOnly? Due,
    string Topic = "",
    UsedParameters? Parameters = null)
{
    /// <summary>The parameter values the finding was judged with; empty when none were recorded.</summary>
    public UsedParameters UsedParameters => Parameters ?? UsedParameters.None;
}
