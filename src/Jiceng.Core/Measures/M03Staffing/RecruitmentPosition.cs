using Jiceng.Core.Common;
using Jiceng.Core.Org;

namespace Jiceng.Core.Measures.M03Staffing;

/// <summary>
/// A recruitment position (招录岗位) of one unit and year: how many are hired, the exam ratio (开考比例, 3 means three
/// applicants per post) and the relaxations the policy allows remote townships (不限专业, 放宽学历, 放宽年龄).
/// </summary>
public sealed class RecruitmentPosition : IVersioned
{
    public const int TitleMaxLength = 64;
    public const int MaxHires = 999;
    public const int MaxExamRatio = 99;

    public int Id { get; set; }

    public int OrgUnitId { get; set; }

    public OrgUnit? OrgUnit { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    /// <summary>招录人数.</summary>
    public int Hires { get; set; }

    /// <summary>开考比例 N (N:1).</summary>
    public int ExamRatio { get; set; }

    /// <summary>不限专业.</summary>
    public bool AnyMajor { get; set; }

    /// <summary>放宽学历要求 (remote townships only).</summary>
    public bool RelaxedEducation { get; set; }

    /// <summary>放宽年龄要求 (remote townships only).</summary>
    public bool RelaxedAge { get; set; }

    public int Version { get; set; }
}

/// <summary>A position as entered.</summary>
public sealed record RecruitmentPositionInput(
    int? OrgUnitId, int? Year, string? Title, int? Hires, int? ExamRatio, bool AnyMajor, bool RelaxedEducation, bool RelaxedAge);
