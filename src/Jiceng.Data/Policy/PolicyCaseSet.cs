namespace Jiceng.Data.Policy;

/// <summary>
/// A case set (政策用例集) kept with a profile version: the organization department's hand-computed examples that the
/// profile must satisfy, who saved them and when, and the counts of their last run against that profile. Saving
/// adds a new set (the latest of a profile is its set); only the last-run counts are updated in place.
/// </summary>
public sealed class PolicyCaseSet
{
    public const int NameMaxLength = 128;

    public int Id { get; set; }

    /// <summary>The adopted version the set belongs to; null for a profile shipped as a file (then named by its date).</summary>
    public int? ProfileVersionId { get; set; }

    public PolicyProfileVersion? ProfileVersion { get; set; }

    /// <summary>The effective date of the profile the set belongs to (identifies a shipped profile).</summary>
    public DateOnly ProfileEffectiveFrom { get; set; }

    public string ProfileName { get; set; } = "";

    public List<PolicyCaseSetFile> Files { get; set; } = [];

    /// <summary>UTC.</summary>
    public DateTime SavedAt { get; set; }

    public string SavedBy { get; set; } = "";

    /// <summary>UTC; null when the set has not been run against its profile since it was saved.</summary>
    public DateTime? LastRunAt { get; set; }

    public int? LastRunPassed { get; set; }

    public int? LastRunFailed { get; set; }

    /// <summary>Files that could not be loaded in the last run (none of their cases ran).</summary>
    public int? LastRunFilesWithProblems { get; set; }
}

/// <summary>One YAML file of a case set, in the order the set lists them.</summary>
public sealed class PolicyCaseSetFile
{
    public int Id { get; set; }

    public int PolicyCaseSetId { get; set; }

    public int Position { get; set; }

    public string Name { get; set; } = "";

    public string Yaml { get; set; } = "";
}
