namespace Jiceng.Core.Policy;

/// <summary>
/// The disciplinary sanctions (处分) that carry an influence period (clause 七, "影响期满"); the periods are
/// parameter P7.influence_months.
/// </summary>
public enum SanctionKind
{
    /// <summary>警告.</summary>
    Warning = 1,
    /// <summary>记过.</summary>
    Demerit = 2,
    /// <summary>记大过.</summary>
    MajorDemerit = 3,
    /// <summary>降级.</summary>
    Demotion = 4,
    /// <summary>撤职.</summary>
    Dismissal = 5,
}

/// <summary>The zh-CN names of the sanction kinds, which profile files use as keys of P7.influence_months.</summary>
public static class SanctionKinds
{
    /// <summary>The zh-CN name, which is also the key in the profile file.</summary>
    public static string Label(this SanctionKind kind) => kind switch
    {
        SanctionKind.Warning => "警告",
        SanctionKind.Demerit => "记过",
        SanctionKind.MajorDemerit => "记大过",
        SanctionKind.Demotion => "降级",
        SanctionKind.Dismissal => "撤职",
    };

    public static bool TryParseLabel(string label, out SanctionKind kind)
    {
        foreach (var k in Enum.GetValues<SanctionKind>())
        {
            if (string.Equals(k.Label(), label, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
