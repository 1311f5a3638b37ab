using Jiceng.Core.Findings;
using Jiceng.Data.Engine;
using Jiceng.Data.Scope;

namespace Jiceng.Data.Tests.Engine;

/// <summary>Synthetic findings and runs for ledger tests; each test takes its own year so their ledgers never meet.</summary>
internal static class LedgerTestData
{
    public static IComparer<Finding> ByIdentity { get; } = Comparer<Finding>.Create((a, b) =>
        string.CompareOrdinal($"{a.Rule}|{a.Subject.Kind}|{a.Subject.Id:D9}|{a.Period}|{a.Topic}", $"{b.Rule}|{b.Subject.Kind}|{b.Subject.Id:D9}|{b.Period}|{b.Topic}"));

    public static Finding Finding(string rule, int subjectId, int year, string unitPath, Severity severity = Severity.Violation, string measured = "1") =>
        new(rule, 1, severity, new Subject(SubjectKind.Cadre, subjectId, $"C{subjectId}", $"干部{subjectId}", UnitOf(unitPath), unitPath),
            year.ToString(System.Globalization.CultureInfo.InvariantCulture), measured, "0", $"测试问题 {measured}", null);

    public static async Task<EvaluationRun> SaveRunAsync(
        JicengDbContext db, DataScope scope, int year, IReadOnlyList<Finding> findings, string[] rules, CancellationToken ct)
    {
        var run = new EvaluationRun
        {
            StartedAt = DateTime.UtcNow, Year = year, AsOf = new DateOnly(year, 6, 30), ProfileName = "test", ProfileEffectiveFrom = new DateOnly(2020, 1, 1),
            ScopeOrgUnitId = scope.OrgUnitId, ScopePath = scope.Path,
        };
        return await Evaluator.SaveAsync(db, new EvaluationResult(run, findings) { Rules = rules }, "test", ct);
    }

    private static int UnitOf(string path) =>
        int.Parse(path.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture);
}
