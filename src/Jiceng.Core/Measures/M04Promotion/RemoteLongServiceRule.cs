using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using P = Jiceng.Core.Policy.ParameterIds.P4;

namespace Jiceng.Core.Measures.M04Promotion;

/// <summary>
/// R4.3 — clause 4: a cadre of a remote township (艰苦边远乡镇) who has served there full P4.long_service_years_remote
/// years and has good results is eligible to move (info); a registered transfer wish (交流意愿) still unanswered after
/// P4.wish_response_days is a warning: registered on d, the answer is due on d + N days, so the warning starts on
/// d + N + 1. "Good results" come from the annual grades (<see cref="RemoteServiceFacts.ResultsGood"/>, clause 五's
/// GoodResults): a cadre whose results are known not to be good is not listed; one without grades is.
/// </summary>
public sealed class RemoteLongServiceRule : Rule<RemoteCadreFacts>
{
    public const string WishTopicPrefix = "wish-";

    public override string Id => "R4.3";

    public override int Clause => 4;

    public override string Title => "艰苦边远乡镇干部交流";

    public override IReadOnlyList<string> Parameters { get; } = [P.LongServiceYearsRemote, P.WishResponseDays];

    public override SubjectKind SubjectKind => SubjectKind.Cadre;

    public override IEnumerable<Finding> Evaluate(RemoteCadreFacts facts, PolicyProfile profile, EvaluationContext context)
    {
        var years = profile.Int(P.LongServiceYearsRemote);
        var days = profile.Int(P.WishResponseDays);
        var period = context.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var c in facts.Cadres)
        {
            var full = Ages.AddYearsClamped(c.RemoteSince, years);
            if (context.AsOf < full || c.ResultsGood == false)
            {
                continue;
            }

            var served = Ages.FullYears(c.RemoteSince, context.AsOf);
            yield return new Finding(Id, Clause, Severity.Info, c.Cadre, period, $"自{Dates.Format(c.RemoteSince)}起，满{served}年",
                $"艰苦边远乡镇工作满{years}年", $"{c.Cadre.Name}在{c.UnitName}等艰苦边远乡镇连续工作已满{served}年，可优先交流", full);
        }

        foreach (var w in facts.Wishes)
        {
            var due = TransferWish.DueOn(w.RegisteredOn, days);
            var answered = w.AnsweredOn is { } on && on <= context.AsOf;
            if (w.RegisteredOn > context.AsOf || answered || context.AsOf <= due)
            {
                continue;
            }

            var waited = context.AsOf.DayNumber - w.RegisteredOn.DayNumber;
            yield return new Finding(Id, Clause, Severity.Warning, w.Cadre, period, $"登记{waited}天未答复", $"{days}天内答复",
                $"{w.Cadre.Name}于{Dates.Format(w.RegisteredOn)}登记的交流意愿（{w.Destination}）应于{Dates.Format(due)}前答复，至今未答复", due,
                WishTopicPrefix + w.WishId.ToString(CultureInfo.InvariantCulture));
        }
    }
}
