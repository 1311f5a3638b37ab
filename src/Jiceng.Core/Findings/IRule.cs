using Jiceng.Core.Policy;

namespace Jiceng.Core.Findings;

/// <summary>
/// A rule of the policy: which clause it implements, which parameters it reads and what it judges. Rules are pure:
/// they see facts (small rows computed in the database), the profile in force and the evaluation context, nothing else.
/// </summary>
public interface IRule
{
    /// <summary>The rule id of docs/policy-reference.md, e.g. "R4.2".</summary>
    string Id { get; }

    /// <summary>The clause (1–10) it implements.</summary>
    int Clause { get; }

    /// <summary>A short zh-CN title.</summary>
    string Title { get; }

    /// <summary>The parameter ids it reads (optional ones may be "not set", which skips the check).</summary>
    IReadOnlyList<string> Parameters { get; }

    SubjectKind SubjectKind { get; }

    /// <summary>The facts row type it needs; the engine loads each facts family once per evaluation.</summary>
    Type FactsType { get; }

    IEnumerable<Finding> Evaluate(object facts, PolicyProfile profile, EvaluationContext context);
}

/// <summary>The typed base every rule derives from: <c>Evaluate(facts, profile, context)</c> over its facts family.</summary>
public abstract class Rule<TFacts> : IRule
{
    public abstract string Id { get; }

    public abstract int Clause { get; }

    public abstract string Title { get; }

    public abstract IReadOnlyList<string> Parameters { get; }

    public abstract SubjectKind SubjectKind { get; }

    public Type FactsType => typeof(TFacts);

    public abstract IEnumerable<Finding> Evaluate(TFacts facts, PolicyProfile profile, EvaluationContext context);

    IEnumerable<Finding> IRule.Evaluate(object facts, PolicyProfile profile, EvaluationContext context) =>
        Evaluate((TFacts)facts, profile, context);
}
