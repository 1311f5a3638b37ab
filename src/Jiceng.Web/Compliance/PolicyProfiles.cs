using Jiceng.Core.Policy;

namespace Jiceng.Web.Compliance;

/// <summary>
/// The policy profiles in force: every <c>*.yaml</c> in the profile directory (<c>Policy:Directory</c>; by default the
/// <c>policy</c> folder shipped beside the app), loaded and validated once. A broken profile stops the app at start
/// with every problem listed, rather than judging records against half a policy.
/// </summary>
public sealed class PolicyProfiles
{
    private readonly Lazy<ProfileSet> _set;

    public PolicyProfiles(IConfiguration config)
    {
        Directory = config["Policy:Directory"] is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "policy");
        _set = new Lazy<ProfileSet>(() => LoadDirectory(Directory));
    }

    public string Directory { get; }

    public ProfileSet Set => _set.Value;

    public PolicyProfile InForceOn(DateOnly day) => Set.InForceOn(day);

    public static ProfileSet LoadDirectory(string directory)
    {
        var files = System.IO.Directory.Exists(directory)
            ? System.IO.Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        var profiles = new List<PolicyProfile>();
        var problems = new List<ProfileProblem>();
        foreach (var file in files)
        {
            var result = ProfileLoader.Load(File.ReadAllText(file), file);
            if (result.Succeeded)
            {
                profiles.Add(result.Profile);
            }
            else
            {
                problems.AddRange(result.Problems);
            }
        }

        var set = ProfileSet.Create(profiles);
        problems.AddRange(set.Problems);
        if (problems.Count > 0 || set.Set is null)
        {
            throw new InvalidOperationException($"政策配置有误（{directory}）：" + Environment.NewLine +
                string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }

        return set.Set;
    }
}
