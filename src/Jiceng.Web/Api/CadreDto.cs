using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;
using Jiceng.Data.Cadres;

namespace Jiceng.Web.Api;

/// <summary>
/// A cadre as the API returns it. Coded fields come as the code (what an update sends back) and its label from the
/// standard's table, named and formed exactly as in <see cref="CadreListItemDto"/>. The ID number is masked;
/// <see cref="Version"/> goes back in an update to detect conflicts.
/// </summary>
public sealed record CadreDto(
    int Id, string Name, string SexCode, string SexLabel, string EthnicityCode, string EthnicityLabel, DateOnly BirthDate, string IdNumberMasked,
    string? EducationCode, string? EducationLabel, string? DegreeCode, string? DegreeLabel, string? Major,
    string PoliticalStatusCode, string PoliticalStatusLabel, CadreCategory Category,
    DateOnly? JoinedWorkOn, DateOnly? JoinedPartyOn, DateOnly? GrassrootsServiceSince, string? HomeRegionCode,
    int OrgUnitId, string? OrgUnitName, int Version, IReadOnlyList<PostRow>? Posts)
{
    public static CadreDto From(Cadre c, string? orgUnitName = null, IReadOnlyList<PostRow>? posts = null) => new(
        c.Id, c.Name, CodeLabels.SexCode(c.Sex), CodeLabels.Sex(c.Sex), c.EthnicityCode, CodeTables.Ethnicity.LabelOf(c.EthnicityCode), c.BirthDate,
        c.IdNumber.Masked, c.EducationCode, CodeLabels.Optional(CodeTables.Education, c.EducationCode), c.DegreeCode,
        CodeLabels.Optional(CodeTables.Degree, c.DegreeCode), c.Major, c.PoliticalStatusCode, CodeTables.PoliticalStatus.LabelOf(c.PoliticalStatusCode),
        c.Category, c.JoinedWorkOn, c.JoinedPartyOn, c.GrassrootsServiceSince, c.HomeRegionCode, c.OrgUnitId, orgUnitName, c.Version, posts);
}

/// <summary>A cadre's full ID number, from the audited unmasking endpoint.</summary>
public sealed record IdNumberDto(int CadreId, string IdNumber);

/// <summary>An update: the fields of a new cadre plus the version the client read.</summary>
public sealed record CadreUpdate
{
    public required CadreInput Cadre { get; init; }
    public int? Version { get; init; }
}
