using Jiceng.Core.Policy.Cases;
using Jiceng.Data.Policy;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.PolicyCases;

/// <summary>The profile a case set belongs to: an adopted version by id, or a shipped file by its effective date.</summary>
public readonly record struct CaseSetOwner(DateOnly EffectiveFrom, int? VersionId, string ProfileName);

/// <summary>
/// Case sets kept with profile versions (<see cref="PolicyCaseSet"/>): the latest of a profile, a new one, and the
/// counts of a run. Writes go through the audited <see cref="JicengDbContext"/>; running never touches it.
/// </summary>
public static class PolicyCaseSetStore
{
    /// <summary>The set of a profile (the latest saved), with its files in order; null when none was saved.</summary>
    public static Task<PolicyCaseSet?> LatestAsync(JicengDbContext db, CaseSetOwner owner, CancellationToken ct = default) =>
        db.PolicyCaseSets.AsNoTracking().Include(s => s.Files.OrderBy(f => f.Position))
            .Where(s => s.ProfileEffectiveFrom == owner.EffectiveFrom && s.ProfileVersionId == owner.VersionId)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);

    /// <summary>A new set of <paramref name="files"/>, with the counts of <paramref name="run"/> if it ran these files against the owner.</summary>
    public static PolicyCaseSet New(CaseSetOwner owner, IReadOnlyList<CaseFileText> files, string user, DateTime at, PolicyCaseRun? run = null)
    {
        var set = new PolicyCaseSet
        {
            ProfileVersionId = owner.VersionId, ProfileEffectiveFrom = owner.EffectiveFrom, ProfileName = owner.ProfileName,
            Files = [.. files.Select((f, i) => new PolicyCaseSetFile { Position = i, Name = f.Name, Yaml = f.Yaml })],
            SavedAt = at, SavedBy = user,
        };
        if (run is not null)
        {
            Record(set, run, at);
        }

        return set;
    }

    /// <summary>Saves a new set for the owner (audited as a creation).</summary>
    public static async Task<PolicyCaseSet> SaveAsync(JicengDbContext db, CaseSetOwner owner, IReadOnlyList<CaseFileText> files, string user, DateTime at,
        PolicyCaseRun? run = null, CancellationToken ct = default)
    {
        var set = New(owner, files, user, at, run);
        db.PolicyCaseSets.Add(set);
        await db.SaveChangesAsync(ct);
        return set;
    }

    /// <summary>Stores the counts of a run of the set's own files against its own profile (audited as an update).</summary>
    public static async Task RecordRunAsync(JicengDbContext db, int setId, PolicyCaseRun run, DateTime at, CancellationToken ct = default)
    {
        if (await db.PolicyCaseSets.FindAsync([setId], ct) is { } set)
        {
            Record(set, run, at);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>True when <paramref name="files"/> are exactly the set's files (names, texts and order).</summary>
    public static bool Holds(PolicyCaseSet set, IReadOnlyList<CaseFileText> files) =>
        set.Files.Count == files.Count
        && set.Files.OrderBy(f => f.Position).Zip(files).All(p => p.First.Name == p.Second.Name && p.First.Yaml == p.Second.Yaml);

    public static IReadOnlyList<CaseFileText> FilesOf(PolicyCaseSet set) =>
        [.. set.Files.OrderBy(f => f.Position).Select(f => new CaseFileText(f.Name, f.Yaml))];

    private static void Record(PolicyCaseSet set, PolicyCaseRun run, DateTime at)
    {
        set.LastRunAt = at;
        set.LastRunPassed = run.Passed;
        set.LastRunFailed = run.Failed;
        set.LastRunFilesWithProblems = run.FilesWithProblems;
    }
}
