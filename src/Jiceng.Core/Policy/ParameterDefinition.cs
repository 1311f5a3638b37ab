namespace Jiceng.Core.Policy;

/// <summary>
/// One placeholder of the policy document as a named, typed parameter (docs/policy-reference.md, the clauses' parameter tables).
/// </summary>
/// <param name="Id">Stable id, e.g. <c>P1.women_min</c>; the profile file addresses the value by it.</param>
/// <param name="Clause">The clause it comes from, 1–10; 0 for the jurisdiction placeholders.</param>
/// <param name="Type">How the value is written and validated, and its CLR type.</param>
/// <param name="Unit">Unit shown with the value, zh-CN (人, 天, 元/人·月, 比例 …).</param>
/// <param name="Required">Required values must be set; an optional one may be "not set" and its checks are skipped.</param>
/// <param name="Label">Short zh-CN label.</param>
/// <param name="Example">The example value the shipped default profile carries (the CLR type of
/// <see cref="ParameterTypes.ClrType"/>), or null when the default leaves an optional parameter not set.</param>
/// <param name="ExampleChosenByUs">True when there is no usual figure and the example is our own plausible pick (marked † in docs/policy-reference.md).</param>
public sealed record ParameterDefinition(
    string Id,
    int Clause,
    ParameterType Type,
    string Unit,
    bool Required,
    string Label,
    object? Example,
    bool ExampleChosenByUs = false)
{
    /// <summary>The top-level section of a profile file that holds this parameter (<c>profile</c>, <c>clause_1</c> …).</summary>
    public string Section => ClauseCatalog.Get(Clause).SectionKey;
}
