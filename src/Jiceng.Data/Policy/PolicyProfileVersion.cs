namespace Jiceng.Data.Policy;

/// <summary>
/// A profile version adopted in the app by the organization department: the YAML text as validated, in force from
/// its effective date. Versions are never edited; a change is a new version.
/// </summary>
public sealed class PolicyProfileVersion
{
    public const int NameMaxLength = 128;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateOnly EffectiveFrom { get; set; }

    public string Yaml { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
