using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Data.Policy;
using Jiceng.Data.PolicyCases;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Compliance;

/// <summary>
/// The policy profiles in force: the shipped <c>*.yaml</c> files of the profile directory (<c>Policy:Directory</c>;
/// by default the <c>policy</c> folder beside the app) and the versions adopted in the app, which replace a shipped
/// file of the same effective date. Loaded and validated once, again after each adoption. A broken shipped profile
/// stops the app with every problem listed rather than judging records against half a policy.
/// </summary>
public sealed class PolicyProfiles(IConfiguration config, IDbContextFactory<JicengDbContext> dbFactory, TimeProvider clock)
{
    private ProfileSet? _set;

    public string Directory { get; } = config["Policy:Directory"] is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "policy");

    public ProfileSet Set => _set ??= Build(LoadFiles(Directory), LoadAdopted());

    public PolicyProfile InForceOn(DateOnly day) => Set.InForceOn(day);

    private const string AdoptedSourcePrefix = "版本 ";

    /// <summary>
    /// Validates a draft; on success stores it as a new version in force from its effective date, with the case set
    /// carried over (<paramref name="cases"/>, and the counts of their run against the draft) in the same save.
    /// </summary>
    public async Task<ProfileLoadResult> AdoptAsync(string yaml, string user, IReadOnlyList<Core.Policy.Cases.CaseFileText>? cases = null,
        PolicyCaseRun? casesRun = null, CancellationToken ct = default)
    {
        var result = ProfileLoader.Load(yaml, "草案");
        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var version = new PolicyProfileVersion
        {
            Name = result.Profile.Name, EffectiveFrom = result.Profile.EffectiveFrom, Yaml = yaml,
            CreatedAt = now, CreatedBy = user,
        };
        db.PolicyProfileVersions.Add(version);
        if (cases is { Count: > 0 })
        {
            var set = PolicyCaseSetStore.New(new CaseSetOwner(version.EffectiveFrom, null, version.Name), cases, user, now, casesRun);
            set.ProfileVersion = version;
            db.PolicyCaseSets.Add(set);
        }

        await db.SaveChangesAsync(ct);
        _set = null;
        return result;
    }

    private List<PolicyProfile> LoadAdopted()
    {
        // A draft starts from the profile's values (ProfileWriter), not from its stored text.
        using var db = dbFactory.CreateDbContext();
        return [.. Adopted(db).Select(a => a.Profile)];
    }

    /// <summary>The adopted versions, the latest adoption for each effective date (texts were validated when stored).</summary>
    public static List<(PolicyProfile Profile, string Yaml)> Adopted(JicengDbContext db)
    {
        var adopted = new Dictionary<DateOnly, (PolicyProfile, string)>();
        foreach (var v in db.PolicyProfileVersions.AsNoTracking().OrderBy(v => v.Id).ToList())
        {
            var result = ProfileLoader.Load(v.Yaml, AdoptedSourcePrefix + v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (result.Succeeded)
            {
                adopted[result.Profile.EffectiveFrom] = (result.Profile, v.Yaml);
            }
        }

        return [.. adopted.Values];
    }

    /// <summary>The profile a case set of <paramref name="profile"/> belongs to: its adopted version, or its shipped file's date.</summary>
    public static CaseSetOwner OwnerOf(PolicyProfile profile) =>
        new(profile.EffectiveFrom, profile.Source is { } source && source.StartsWith(AdoptedSourcePrefix, StringComparison.Ordinal)
            && int.TryParse(source.AsSpan(AdoptedSourcePrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null, profile.Name);

    public static List<PolicyProfile> LoadFiles(string directory)
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

        return problems.Count == 0 ? profiles : throw Broken(directory, problems);
    }

    /// <summary>Shipped files and adopted versions together; an adopted version replaces a file of the same date.</summary>
    public static ProfileSet Build(IEnumerable<PolicyProfile> files, IReadOnlyCollection<PolicyProfile> adopted)
    {
        var days = adopted.Select(a => a.EffectiveFrom).ToHashSet();
        var result = ProfileSet.Create(files.Where(f => !days.Contains(f.EffectiveFrom)).Concat(adopted));
        return result.Succeeded ? result.Set : throw Broken("policy", result.Problems);
    }

    private static InvalidOperationException Broken(string where, IEnumerable<ProfileProblem> problems) =>
        new($"政策配置有误（{where}）：" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
}
