using System.Security.Claims;
using Jiceng.Core.Cadres;
using Jiceng.Core.CodeTables;
using Jiceng.Core.Common;
using Jiceng.Data;
using Jiceng.Data.Audit;
using Jiceng.Data.Cadres;
using Jiceng.Web.Auth;
using Jiceng.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Export;

/// <summary>/cadres/export: the cadre list as the page filters it (same query parameters), within the user's scope.</summary>
public static class CadreListExport
{
    public static void MapCadreListExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/cadres/export", ExportAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(
        string? q, int? orgUnitId, CadreCategory? category, Sex? sex, EducationLevel? education, AgeBand? ageBand, CadreSort? sort, bool? desc,
        JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, IAuditLog audit, IStringLocalizer<SharedResource> labels, CancellationToken ct)
    {
        var filter = new CadreFilter
        {
            Text = q, OrgUnitId = orgUnitId, Category = category, Sex = sex, Education = education, AgeBand = ageBand,
            Sort = sort ?? CadreSort.Name, Descending = desc ?? false,
        };
        var today = ChinaTime.Today(clock);
        var rows = await CadreSearch.AllAsync(db, CurrentUser.ScopeOf(user), filter, today, XlsxExport.MaxRows, ct);
        XlsxColumn<CadreListItem>[] columns =
        [
            new("姓名", r => r.Name),
            new("性别", r => labels.Enum(r.Sex)),
            new("出生日期", r => r.BirthDate),
            new("年龄", r => r.Age),
            new("身份证号（脱敏）", r => r.IdNumberMasked),
            new("民族", r => CodeTables.Ethnicity.Code(r.EthnicityCode)),
            new("学历", r => CodeTables.Education.Code(r.EducationCode)),
            new("政治面貌", r => CodeTables.PoliticalStatus.Code(r.PoliticalStatusCode)),
            new("人员类别", r => labels.Enum(r.Category)),
            new("所在单位", r => r.OrgUnitName),
            new("现任职务", r => r.CurrentPostTitle ?? (r.CurrentPostKind is { } k ? labels.Enum(k) : "")),
        ];
        return await XlsxExport.FileAsync(audit, nameof(Cadre), filter with { Page = 0, PageSize = 0 }, rows, columns,
            "干部名册", $"干部名册-{Dates.Format(today)}.xlsx", ct);
    }
}
