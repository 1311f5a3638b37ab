using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;
using Jiceng.Core.Posts;
using Jiceng.Data.Cadres;

namespace Jiceng.Web.Api;

/// <summary>
/// A row of the cadre list as the API returns it: every field it shares with <see cref="CadreDto"/> has the same
/// name and form there (codes with labels, enums by name), so a script reads both alike.
/// </summary>
public sealed record CadreListItemDto(
    int Id, string Name, string SexCode, string SexLabel, DateOnly BirthDate, int Age, string IdNumberMasked,
    string EthnicityCode, string EthnicityLabel, string? EducationCode, string? EducationLabel,
    string PoliticalStatusCode, string PoliticalStatusLabel, CadreCategory Category, int OrgUnitId, string OrgUnitName,
    string? CurrentPostTitle, PostKind? CurrentPostKind)
{
    public static CadreListItemDto From(CadreListItem c) => new(
        c.Id, c.Name, CodeLabels.SexCode(c.Sex), CodeLabels.Sex(c.Sex), c.BirthDate, c.Age, c.IdNumberMasked,
        c.EthnicityCode, CodeTables.Ethnicity.LabelOf(c.EthnicityCode), c.EducationCode, CodeLabels.Optional(CodeTables.Education, c.EducationCode),
        c.PoliticalStatusCode, CodeTables.PoliticalStatus.LabelOf(c.PoliticalStatusCode), c.Category, c.OrgUnitId, c.OrgUnitName,
        c.CurrentPostTitle, c.CurrentPostKind);
}
