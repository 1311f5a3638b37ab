using Jiceng.Core.Cadres;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Cadres;

/// <summary>A row of the cadre list. The ID number is masked here; the full number is a separate, audited read.</summary>
public sealed record CadreListItem(
    int Id,
    string Name,
    Sex Sex,
    DateOnly BirthDate,
    int Age,
    string IdNumberMasked,
    string EthnicityCode,
    string? EducationCode,
    string PoliticalStatusCode,
    CadreCategory Category,
    int OrgUnitId,
    string OrgUnitName,
    string? CurrentPostTitle,
    PostKind? CurrentPostKind);
