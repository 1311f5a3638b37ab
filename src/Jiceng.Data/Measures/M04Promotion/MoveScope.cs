using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Measures.M04Promotion;

/// <summary>The data scope of moves and wishes: a move is seen from both ends (the unit left and the unit joined), a wish with its cadre.</summary>
public static class MoveScope
{
    public static IQueryable<CadreMove> InScope(this IQueryable<CadreMove> moves, DataScope scope) =>
        moves.Where(m => m.FromOrgUnit!.Path.StartsWith(scope.Path) || (m.ToOrgUnit != null && m.ToOrgUnit.Path.StartsWith(scope.Path)));

    public static IQueryable<TransferWish> InScope(this IQueryable<TransferWish> wishes, DataScope scope) =>
        wishes.Where(w => w.Cadre!.OrgUnit!.Path.StartsWith(scope.Path));
}
