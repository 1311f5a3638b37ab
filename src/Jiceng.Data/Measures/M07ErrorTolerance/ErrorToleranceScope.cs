using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Measures.M07ErrorTolerance;

/// <summary>The scope gates of clause 七's records: each by its cadre's unit.</summary>
public static class ErrorToleranceScope
{
    public static IQueryable<Sanction> InScope(this IQueryable<Sanction> sanctions, DataScope scope) =>
        sanctions.Where(s => s.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<ToleranceCase> InScope(this IQueryable<ToleranceCase> cases, DataScope scope) =>
        cases.Where(c => c.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));

    public static IQueryable<Accusation> InScope(this IQueryable<Accusation> accusations, DataScope scope) =>
        accusations.Where(a => a.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));
}
