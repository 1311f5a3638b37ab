namespace Jiceng.Data.Identity;

/// <summary>Role names. The three administrators (三员) are mutually exclusive with each other and with data roles.</summary>
public static class Roles
{
    public const string SystemAdmin = "SystemAdmin";
    public const string SecurityAdmin = "SecurityAdmin";
    public const string AuditAdmin = "AuditAdmin";
    /// <summary>组织部工作人员.</summary>
    public const string OrgDepartment = "OrgDepartment";
    /// <summary>乡镇工作人员.</summary>
    public const string TownshipStaff = "TownshipStaff";
    /// <summary>村（社区）工作人员.</summary>
    public const string VillageStaff = "VillageStaff";
    /// <summary>财政.</summary>
    public const string Finance = "Finance";
    /// <summary>审计.</summary>
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } =
        [SystemAdmin, SecurityAdmin, AuditAdmin, OrgDepartment, TownshipStaff, VillageStaff, Finance, Auditor];

    /// <summary>Roles that may create, change or delete business records.</summary>
    public static IReadOnlyList<string> DataEditors { get; } = [OrgDepartment, TownshipStaff, VillageStaff];

    /// <summary>The three administrators (三员): each needs a second factor and may hold no other of these or a data role.</summary>
    public static IReadOnlyList<string> Administrators { get; } = [SystemAdmin, SecurityAdmin, AuditAdmin];

    /// <summary>
    /// Roles that may unmask a full ID number (explicitly, audited, inside their scope) and change it: organization-department
    /// staff and township staff, who keep cadre records. Village staff, finance, auditors and the administrators see masked numbers only.
    /// </summary>
    public static IReadOnlyList<string> IdNumberReaders { get; } = [OrgDepartment, TownshipStaff];

    /// <summary>Roles that read the audit trail; none may be combined with a data-editing role.</summary>
    public static IReadOnlyList<string> AuditReaders { get; } = [AuditAdmin, Auditor];

    /// <summary>
    /// Roles that may see clause 七's sensitive records (sanctions, error-tolerance cases, accusations) and read their
    /// narratives (every read audited): organization-department staff, who handle discipline-related cadre matters.
    /// Township and village staff, finance and auditors see none of them.
    /// </summary>
    public static IReadOnlyList<string> DisciplineReaders { get; } = [OrgDepartment];

    /// <summary>
    /// Roles that may read and record the restricted part of a health checkup (clause 九: mental-health result, referral,
    /// follow-up; every read audited): organization-department staff. Township and village staff, finance and auditors
    /// see only that an assessment was done.
    /// </summary>
    public static IReadOnlyList<string> MentalHealthReaders { get; } = [OrgDepartment];
}
