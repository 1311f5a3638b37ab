using Jiceng.Core.Policy;

namespace Jiceng.Testing;

/// <summary>The shipped example profile (policy/default-2020.yaml), read from the repository as the app reads it.</summary>
public static class ExampleProfile
{
    private static readonly Lazy<PolicyProfile> Profile = new(() =>
    {
        var path = Path.Combine(RepoRoot(), "policy", "default-2020.yaml");
        var result = ProfileLoader.Load(File.ReadAllText(path), path);
        return result.Succeeded ? result.Profile : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Problems));
    });

    public static PolicyProfile Create() => Profile.Value;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jiceng.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
