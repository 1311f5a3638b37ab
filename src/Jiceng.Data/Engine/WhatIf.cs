using Jiceng.Core.Findings;

namespace Jiceng.Data.Engine;

/// <summary>How one group's findings change from the profile in force to a draft.</summary>
public sealed record DiffRow(string Key, int Before, int After, int Gained, int Lost);

/// <summary>
/// The difference between two evaluations of the same records: findings gained and lost overall, by rule, by
/// severity and by township. A finding is the same when rule, subject and topic agree and its severity did not change.
/// </summary>
public sealed record WhatIfDiff(
    IReadOnlyList<Finding> Gained,
    IReadOnlyList<Finding> Lost,
    IReadOnlyList<DiffRow> ByRule,
    IReadOnlyList<DiffRow> BySeverity,
    IReadOnlyList<DiffRow> ByTownship)
{
    public static WhatIfDiff Compare(IReadOnlyList<Finding> current, IReadOnlyList<Finding> draft, Func<Finding, string> township)
    {
        static (string, SubjectKind, int, string, Severity) Key(Finding f) => (f.Rule, f.Subject.Kind, f.Subject.Id, f.Topic, f.Severity);

        var before = current.Select(Key).ToHashSet();
        var after = draft.Select(Key).ToHashSet();
        var gained = draft.Where(f => !before.Contains(Key(f))).ToList();
        var lost = current.Where(f => !after.Contains(Key(f))).ToList();

        IReadOnlyList<DiffRow> By(Func<Finding, string> key, Func<string, int>? order = null)
        {
            Dictionary<string, int> Count(IEnumerable<Finding> fs) => fs.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var (b, a, g, l) = (Count(current), Count(draft), Count(gained), Count(lost));
            return b.Keys.Union(a.Keys, StringComparer.Ordinal).OrderBy(k => order?.Invoke(k) ?? 0).ThenBy(k => k, StringComparer.Ordinal)
                .Select(k => new DiffRow(k, b.GetValueOrDefault(k), a.GetValueOrDefault(k), g.GetValueOrDefault(k), l.GetValueOrDefault(k)))
                .ToList();
        }

        return new WhatIfDiff(gained, lost, By(f => f.Rule, r => RuleCatalog.Find(r)?.Clause ?? 99),
            By(f => FindingExport.Severity(f.Severity), s => -(int)Enum.Parse<Severity>(s, ignoreCase: true)), By(township));
    }
}
