using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Measures.M07ErrorTolerance;

namespace Jiceng.Web.Components.Pages.Discipline;

/// <summary>The accusation list's filters (conclusion, name-clearing state), shared by the page and its export.</summary>
public static class AccusationListFilter
{
    public static IEnumerable<AccusationRow> Apply(IEnumerable<AccusationRow> rows, AccusationConclusion? conclusion, ClarificationState? clarification, int clarifyDays, DateOnly today) =>
        rows.Where(r => (conclusion is not { } c || r.Conclusion == c) && (clarification is not { } s || r.Clarification(clarifyDays, today) == s));
}
