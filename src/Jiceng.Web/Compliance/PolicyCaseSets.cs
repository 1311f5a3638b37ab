using Jiceng.Core.Common;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;
using Jiceng.Data;
using Jiceng.Data.Policy;
using Jiceng.Data.PolicyCases;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Compliance;

/// <summary>
/// Policy cases in the app (docs/policy-cases.md, "On the policy page"): runs case files against the profile in force
/// or a draft, off the caller's thread and each case in a throw-away database; keeps the set of the profile in force.
/// The only write to the real database is the saved set (and the counts of its runs against its own profile).
/// </summary>
public sealed class PolicyCaseSets(PolicyProfiles profiles, IDbContextFactory<JicengDbContext> dbFactory, TimeProvider clock)
{
    public PolicyProfile InForce => profiles.InForceOn(ChinaTime.Today(clock));

    /// <summary>The saved set of the profile in force, or null.</summary>
    public async Task<PolicyCaseSet?> SavedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await PolicyCaseSetStore.LatestAsync(db, PolicyProfiles.OwnerOf(InForce), ct);
    }

    /// <summary>
    /// Runs the files against <paramref name="profile"/> (the profile in force when null) on the thread pool. When they are
    /// exactly the saved set and the profile is the one in force, the set's last-run counts are updated.
    /// Callers check <see cref="CaseSetLimits"/> first.
    /// </summary>
    public async Task<PolicyCaseRun> RunAsync(IReadOnlyList<CaseFileText> files, PolicyProfile? profile = null, CancellationToken ct = default)
    {
        var inForce = InForce;
        var underTest = profile ?? inForce;
        var run = await Task.Run(() => PolicyCaseRunner.RunAsync(files.Select(f => (f.Name, f.Yaml)), underTest, ct), ct);
        if (ReferenceEquals(underTest, inForce) && await SavedAsync(ct) is { } saved && PolicyCaseSetStore.Holds(saved, files))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await PolicyCaseSetStore.RecordRunAsync(db, saved.Id, run, Now, ct);
        }

        return run;
    }

    /// <summary>Saves the files as the set of the profile in force, with the counts of <paramref name="runInForce"/>: a run of these files against it.</summary>
    public async Task<PolicyCaseSet> SaveAsync(IReadOnlyList<CaseFileText> files, string user, PolicyCaseRun? runInForce = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await PolicyCaseSetStore.SaveAsync(db, PolicyProfiles.OwnerOf(InForce), files, user, Now, runInForce, ct);
    }

    /// <summary>The cases shipped with the product (policy/cases beside the app), in name order.</summary>
    public IReadOnlyList<CaseFileText> Shipped()
    {
        var directory = Path.Combine(profiles.Directory, "cases");
        return Directory.Exists(directory)
            ? [.. Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).Select(f => new CaseFileText(Path.GetFileName(f), File.ReadAllText(f)))]
            : [];
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
