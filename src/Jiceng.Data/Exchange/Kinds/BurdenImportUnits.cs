using Jiceng.Data.Measures.M06Burden;

namespace Jiceng.Data.Exchange.Kinds;

/// <summary>
/// What the clause 六 kinds share: units by code among all the database's (a department writes for townships outside its
/// own scope, so scope is <see cref="BurdenCommands"/>' check, which answers an unknown code and a unit of the wrong kind
/// alike), and the unit in the form those checks take.
/// </summary>
internal static class BurdenImportUnits
{
    public static UnitRef? Find(IReadOnlyDictionary<string, UnitRef> units, string? code) =>
        code is not null && units.TryGetValue(code, out var u) ? u : null;

    public static BurdenCommands.Unit? Of(UnitRef? u) => u is null ? null : new BurdenCommands.Unit(u.Id, u.Kind, u.ParentId, u.Path);

    /// <summary>Whether the user's scope is the district's (the organization department decides plan items), as the API asks.</summary>
    public static bool IsDistrict(ImportSession session, IReadOnlyDictionary<string, UnitRef> units) =>
        units.Values.FirstOrDefault(u => u.Id == session.Scope.OrgUnitId) is { } unit && BurdenCommands.IsDistrictScope(unit.Kind);

    /// <summary>A check's message without its label (the column names it), for refusals made in <c>CheckAsync</c>.</summary>
    public static string Reason(string message) => message[(message.IndexOf('：', StringComparison.Ordinal) + 1)..];
}
