using System.Diagnostics;
using System.Text.RegularExpressions;
using Jiceng.Core.Findings;
using Jiceng.Core.Policy;
using Jiceng.Core.Tests.Policy;

namespace Jiceng.Core.Tests.Docs;

/// <summary>
/// Keeps docs/policy-reference.md honest: its rules tables say which rules are built (and where), its parameter tables
/// list the catalogue, and no tracked file points outside the repository for the specification.
/// </summary>
public sealed partial class PolicyReferenceTests
{
    private const string Reference = "docs/policy-reference.md";

    private static readonly Lazy<string[]> Lines = new(() => RepoFiles.ReadText(Reference).Split('\n'));

    [GeneratedRegex(@"^R\d+\.\d+$")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^`(P\d+\.[a-z_]+)`$")]
    private static partial Regex ParameterCell();

    [GeneratedRegex(@"^\*\*built\*\* — `([^`]+)`$")]
    private static partial Regex BuiltStatus();

    private sealed record RuleRow(int Line, string Id, string Status, string? BuiltFile);

    private sealed record ParameterRow(int Line, string Id, string Type, string Unit, string Example, string Required);

    /// <summary>The cells of a markdown table row, trimmed; null for a line that is not a table row.</summary>
    private static string[]? Cells(string line)
    {
        var t = line.Trim();
        if (!t.StartsWith('|') || !t.EndsWith('|') || t.Length < 2)
        {
            return null;
        }

        return t[1..^1].Split('|').Select(c => c.Trim()).ToArray();
    }

    private static List<RuleRow> RuleRows()
    {
        var rows = new List<RuleRow>();
        for (var i = 0; i < Lines.Value.Length; i++)
        {
            if (Cells(Lines.Value[i]) is { Length: >= 2 } cells && RuleId().IsMatch(cells[0]))
            {
                var status = cells[^1];
                var built = BuiltStatus().Match(status);
                rows.Add(new RuleRow(i + 1, cells[0], status, built.Success ? built.Groups[1].Value : null));
            }
        }

        return rows;
    }

    private static List<ParameterRow> ParameterRows()
    {
        var rows = new List<ParameterRow>();
        for (var i = 0; i < Lines.Value.Length; i++)
        {
            if (Cells(Lines.Value[i]) is { } cells && cells.Length > 0 && ParameterCell().Match(cells[0]) is { Success: true } m)
            {
                Assert.True(cells.Length == 5,
                    $"{Reference}:{i + 1}: a parameter row has five cells: | `id` | type | unit | example | required |");
                rows.Add(new ParameterRow(i + 1, m.Groups[1].Value, cells[1], cells[2], cells[3], cells[4]));
            }
        }

        return rows;
    }

    /// <summary>Where a rule's class lives: its measure folder (from the namespace) and a file named after the class.</summary>
    private static string ExpectedFile(IRule rule)
    {
        const string prefix = "Jiceng.Core.";
        var ns = rule.GetType().Namespace ?? "";
        Assert.StartsWith(prefix, ns, StringComparison.Ordinal);
        return $"src/Jiceng.Core/{ns[prefix.Length..].Replace('.', '/')}/{rule.GetType().Name}.cs";
    }

    [Fact]
    public void Every_rule_in_the_catalogue_is_marked_built_with_its_file()
    {
        var rows = RuleRows().ToLookup(r => r.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            var file = ExpectedFile(rule);
            var wanted = $"| {rule.Id} | what it checks | severity | **built** — `{file}` |";
            var row = rows[rule.Id].FirstOrDefault();
            if (row is null)
            {
                problems.Add($"{rule.Id} ({rule.GetType().Name}) is in RuleCatalog but {Reference} has no row for it: add to clause {rule.Clause}'s rules table\n    {wanted}");
            }
            else if (row.BuiltFile is null)
            {
                problems.Add($"{rule.Id} ({rule.GetType().Name}) is in RuleCatalog but {Reference}:{row.Line} marks it \"{row.Status}\": make its status\n    **built** — `{file}`");
            }
            else if (!string.Equals(row.BuiltFile, file, StringComparison.Ordinal))
            {
                problems.Add($"{rule.Id}: {Reference}:{row.Line} says it is built in {row.BuiltFile}, but the class is {rule.GetType().FullName}: write\n    **built** — `{file}`");
            }

            if (!File.Exists(Path.Combine(RepoFiles.Root, file)))
            {
                problems.Add($"{rule.Id}: the class {rule.GetType().FullName} should live in {file} (one rule class per file, named after it, in its measure folder)");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_rule_marked_built_is_in_the_catalogue()
    {
        var problems = RuleRows()
            .Where(r => r.BuiltFile is not null && RuleCatalog.Find(r.Id) is null)
            .Select(r => $"{Reference}:{r.Line}: {r.Id} is marked built but RuleCatalog has no rule with that id: mark it planned, or write the rule")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_rule_row_has_a_known_status_and_appears_once()
    {
        var rows = RuleRows();
        var problems = rows
            .Where(r => r.BuiltFile is null && !string.Equals(r.Status, "planned", StringComparison.Ordinal))
            .Select(r => $"{Reference}:{r.Line}: {r.Id}'s status is \"{r.Status}\"; write \"planned\" or \"**built** — `path/to/Rule.cs`\"")
            .Concat(rows.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => $"{g.Key} has {g.Count()} rows (lines {string.Join(", ", g.Select(r => r.Line))}); keep one"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));

        // The ten clauses' rules as the reference lists them; a sanity floor so a broken table layout is not read as "no rules".
        Assert.True(rows.Count >= 40, $"{Reference} lists {rows.Count} rule rows; expected the rules of all ten clauses");
    }

    [Fact]
    public void Every_parameter_in_the_catalogue_has_a_row_that_agrees_with_it()
    {
        var rows = ParameterRows().ToLookup(r => r.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var d in ParameterCatalog.All)
        {
            var unit = d.Unit.Length == 0 ? "—" : d.Unit;
            var required = d.Required ? "required" : "optional";
            var row = rows[d.Id].ToList();
            if (row.Count == 0)
            {
                problems.Add($"{d.Id} is in ParameterCatalog but not in {Reference}: add to clause {d.Clause}'s parameter table\n    | `{d.Id}` | `{d.Type}` | {unit} | <example from policy/default-2020.yaml> | {required} |");
                continue;
            }

            if (row.Count > 1)
            {
                problems.Add($"{d.Id} has {row.Count} rows in {Reference}; keep one");
            }

            var r = row[0];
            if (!string.Equals(r.Type, $"`{d.Type}`", StringComparison.Ordinal))
            {
                problems.Add($"{Reference}:{r.Line}: {d.Id}'s type is `{d.Type}` in the catalogue, not {r.Type}");
            }

            if (!string.Equals(r.Unit, unit, StringComparison.Ordinal))
            {
                problems.Add($"{Reference}:{r.Line}: {d.Id}'s unit is \"{unit}\" in the catalogue, not \"{r.Unit}\"");
            }

            if (!string.Equals(r.Required, required, StringComparison.Ordinal))
            {
                problems.Add($"{Reference}:{r.Line}: {d.Id} is {required} in the catalogue, not \"{r.Required}\"");
            }

            if (r.Example.Contains('†', StringComparison.Ordinal) != d.ExampleChosenByUs)
            {
                problems.Add($"{Reference}:{r.Line}: {d.Id}'s example {(d.ExampleChosenByUs ? "is" : "is not")} our own pick (ExampleChosenByUs): {(d.ExampleChosenByUs ? "add" : "remove")} the †");
            }
        }

        problems.AddRange(ParameterRows().Where(r => !ParameterCatalog.TryGet(r.Id, out _))
            .Select(r => $"{Reference}:{r.Line}: {r.Id} is not in ParameterCatalog (a typo, or a parameter to add to ParameterIds and ParameterCatalog)"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Relative_links_in_docs_point_at_files_that_exist()
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "docs"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in MarkdownLink().Matches(text))
            {
                var target = m.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target.Split('#')[0]));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    problems.Add($"{Path.GetRelativePath(RepoFiles.Root, file)}: the link ({target}) points at nothing");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [Fact]
    public void No_tracked_file_points_at_a_specification_outside_the_repository()
    {
        // Spelled in two parts so that this file does not match itself.
        var outside = "../" + "shared";
        var problems = new List<string>();
        foreach (var relative in TrackedFiles())
        {
            var path = Path.Combine(RepoFiles.Root, relative);
            if (!File.Exists(path) || new FileInfo(path).Length > 4_000_000)
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(outside, StringComparison.Ordinal))
                {
                    problems.Add($"{relative}:{i + 1}: points at {outside}, which people who clone the repository do not have; point into docs/ instead (docs/policy-reference.md, docs/quality-bars.md)");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>The files git tracks; without git (a source archive), every file but build output and local data.</summary>
    private static IEnumerable<string> TrackedFiles()
    {
        if (GitLsFiles() is { } tracked)
        {
            return tracked;
        }

        string[] skipped = ["bin", "obj", ".git", "data", "node_modules", "TestResults", "artifacts", ".vs"];
        return Directory.EnumerateFiles(RepoFiles.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoFiles.Root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => skipped.Contains(part, StringComparer.Ordinal)));
    }

    private static string[]? GitLsFiles()
    {
        try
        {
            var start = new ProcessStartInfo("git", ["-C", RepoFiles.Root, "ls-files", "-z"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var stdout = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? stdout.Split('\0', StringSplitOptions.RemoveEmptyEntries) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
