namespace Jiceng.Web.Auth;

public static class Policies
{
    /// <summary>Create, change and delete business records.</summary>
    public const string EditData = "EditData";

    /// <summary>Change the policy profile and its case set, run policy cases: the organization department (as the draft tab).</summary>
    public const string EditPolicy = "EditPolicy";

    /// <summary>Accept or reject a finding's explanation (情况说明): the organization department.</summary>
    public const string DecideExplanations = "DecideExplanations";

    /// <summary>Read and export the audit log: the audit administrator and auditors only.</summary>
    public const string ReadAudit = "ReadAudit";

    /// <summary>Unmask a full ID number (<see cref="Data.Identity.Roles.IdNumberReaders"/>); every unmasking is audited.</summary>
    public const string RevealIdNumber = "RevealIdNumber";

    /// <summary>Signed in with the session cookie, not a personal API token: managing tokens and the account.</summary>
    public const string CookieSession = "CookieSession";
    /// <summary>See the account list: the three administrators (三员).</summary>
    public const string ReadAccounts = "ReadAccounts";

    /// <summary>Create, disable, enable, reset and unlock accounts: the system administrator.</summary>
    public const string ManageAccounts = "ManageAccounts";

    /// <summary>Grant roles and data scope, reset a lost authenticator: the security administrator.</summary>
    public const string GrantAccess = "GrantAccess";

    /// <summary>See clause 七's sanctions, cases and accusations and read their narratives (audited): <see cref="Data.Identity.Roles.DisciplineReaders"/>.</summary>
    public const string ReadDiscipline = "ReadDiscipline";

    /// <summary>Read and record clause 九's mental-health results (audited): <see cref="Data.Identity.Roles.MentalHealthReaders"/>.</summary>
    public const string ReadMentalHealth = "ReadMentalHealth";

    /// <summary>Create, change, end and delete clause 五's assessment schemes (district-level): the organization department.</summary>
    public const string EditAssessmentSchemes = "EditAssessmentSchemes";

    /// <summary>Add, change, end and delete village cadres' remuneration standards (district-level): the organization department or finance.</summary>
    public const string EditVillagePayStandards = "EditVillagePayStandards";
}
