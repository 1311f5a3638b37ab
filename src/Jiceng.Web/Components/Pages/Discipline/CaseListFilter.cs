using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Measures.M07ErrorTolerance;

namespace Jiceng.Web.Components.Pages.Discipline;

/// <summary>The case list's filters past the query (current step, R7.1 overdue), shared by the page and its export.</summary>
public static class CaseListFilter
{
    public static IEnumerable<CaseRow> Apply(IEnumerable<CaseRow> rows, CaseStage? stage, bool overdueOnly, int caseDays, DateOnly today) =>
        rows.Where(r => (stage is not { } s || r.Stage == s) && (!overdueOnly || r.Overdue(caseDays, today)));
}
