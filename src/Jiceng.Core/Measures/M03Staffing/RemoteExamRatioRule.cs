using System.Globalization;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P3;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// R3.4 — clause 三: a recruitment position of the evaluated year in a remote and hardship township (艰苦边远) whose
/// exam ratio is above P3.exam_ratio_remote deserves a look (the policy lowers the ratio there when few apply): a
/// warning. Equal to the remote ratio is fine.
/// </summary>
public sealed class RemoteExamRatioRule : Rule<IReadOnlyList<RecruitmentPositionFacts>>
{
    public override string Id => "R3.4";

    public override int Clause => 3;

    public override string Title => "艰苦边远乡镇开考比例";

    public override IReadOnlyList<string> Parameters { get; } = [P.ExamRatioRemote];

    public override SubjectKind SubjectKind => SubjectKind.OrgUnit;

    public override IEnumerable<Finding> Evaluate(IReadOnlyList<RecruitmentPositionFacts> facts, PolicyProfile profile, EvaluationContext context)
    {
        var max = profile.Int(P.ExamRatioRemote);
        foreach (var p in facts.Where(p => Exceeds(p.Remote, p.ExamRatio, max)))
        {
            yield return new Finding(Id, Clause, Severity.Warning, p.Unit, context.Year.ToString(CultureInfo.InvariantCulture),
                $"{p.ExamRatio}:1", $"不高于{max}:1",
                $"艰苦边远乡镇{p.Unit.Name}的招录岗位“{p.Title}”开考比例{p.ExamRatio}:1，高于{max}:1", null, TopicOf(p.PositionId));
        }
    }

    /// <summary>A remote unit's ratio above the remote maximum; other units are not judged.</summary>
    public static bool Exceeds(bool remote, int examRatio, int remoteMax) => remote && examRatio > remoteMax;

    public static string TopicOf(int positionId) => "position:" + positionId.ToString(CultureInfo.InvariantCulture);
}
