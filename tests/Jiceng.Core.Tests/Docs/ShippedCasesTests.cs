using Jiceng.Core.Findings;
using Jiceng.Core.Policy.Cases;
using Jiceng.Core.Tests.Policy;

namespace Jiceng.Core.Tests.Docs;

/// <summary>
/// Keeps the promise of docs/policy-reference.md and docs/policy-cases.md: every built rule has cases under
/// policy/cases that judge it, and every shipped case file is listed in the table of shipped cases.
/// </summary>
public sealed class ShippedCasesTests
{
    private const string CasesFolder = "policy/cases";

    private static IEnumerable<string> CaseFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, CasesFolder), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void EveryBuiltRule_IsJudgedByAShippedCase_FromBothSides()
    {
        var cases = CaseFiles().SelectMany(path =>
        {
            var result = CaseFileLoader.Load(File.ReadAllText(path), path);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return result.Cases;
        }).ToList();

        foreach (var rule in RuleCatalog.All.Select(r => r.Id))
        {
            // A boundary is pinned from both sides: some case expects a finding of the rule, some expects none.
            Assert.True(cases.Any(c => c.Expect.Findings.Any(f => f.Rule == rule)), $"no shipped case expects a finding of {rule}");
            Assert.True(cases.Any(c => c.Expect.None.Contains(rule)), $"no shipped case expects {rule} to find nothing");
        }
    }

    [Fact]
    public void EveryCalculator_HasShippedCases_ThatPassAgainstTheShippedProfile()
    {
        var profile = Core.Policy.ProfileLoader.Load(RepoFiles.ReadText("policy/default-2020.yaml"), "default-2020.yaml").Profile!;
        var cases = CaseFiles().SelectMany(path => CaseFileLoader.Load(File.ReadAllText(path), path).Cases ?? []).ToList();
        foreach (var calculator in Core.Measures.M08Guarantees.Calculators.All)
        {
            // Each calculator is pinned by at least two shipped cases, and they pass against the shipped example profile too.
            var mine = cases.Where(c => c.Expect.Amounts.Any(a => a.Calculator == calculator.Name)).ToList();
            Assert.True(mine.Count >= 2, $"fewer than two shipped cases assert amounts of the calculator {calculator.Name}");
            foreach (var c in mine)
            {
                var (_, differences) = CaseAmounts.Compare(c.Expect.Amounts, profile.With(c.Overrides));
                Assert.True(differences.Count == 0, $"{c.Source} › {c.Name}: {string.Join("; ", differences.Select(d => d.Message))}");
            }
        }
    }

    [Fact]
    public void EveryShippedCaseFile_IsListedInTheDocs()
    {
        var docs = RepoFiles.ReadText("docs/policy-cases.md");
        foreach (var file in CaseFiles().Select(Path.GetFileName))
        {
            Assert.Contains($"| `{file}` |", docs, StringComparison.Ordinal);
        }
    }
}
