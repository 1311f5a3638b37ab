using System.ComponentModel;
using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data.Cadres;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>Query string of the cadre list.</summary>
public sealed record CadreListQuery(
    [property: FromQuery(Name = "q"), Description("姓名（部分匹配）或完整的18位身份证号码（精确查找）")] string? Q,
    [property: FromQuery(Name = "orgUnitId"), Description("单位编号，含其下级单位")] int? OrgUnitId,
    [property: FromQuery(Name = "category")] CadreCategory? Category,
    [property: FromQuery(Name = "sex"), Description("性别：Male/Female，或代码 1/2")] Sex? Sex,
    [property: FromQuery(Name = "education")] EducationLevel? Education,
    [property: FromQuery(Name = "ageBand")] AgeBand? AgeBand,
    [property: FromQuery(Name = "sort")] CadreSort? Sort,
    [property: FromQuery(Name = "desc"), Description("true 为倒序")] bool? Desc,
    [property: FromQuery(Name = "page"), Description("页码，从 1 开始，默认 1，最大 1000000")] int? Page,
    // The maximum is CadreFilter.MaxPageSize (OpenApiDocumentTests keeps the two equal).
    [property: FromQuery(Name = "pageSize"), Description("每页条数，默认 20，最大 200；超过 200 按 200 返回，响应中的 pageSize 为实际条数")] int? PageSize)
{
    /// <summary>The highest page number accepted; beyond it a page could not hold a row anyway (and skip would overflow).</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>
    /// Binding accepts any number for an enum ("ageBand=99"), so undefined codes are refused here, as are pages
    /// outside 1…<see cref="MaxPage"/>; a page size outside 1…200 is still clamped.
    /// </summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        Known(Category, "category", "干部类别");
        Known(Sex, "sex", "性别");
        Known(Education, "education", "学历");
        Known(AgeBand, "ageBand", "年龄段");
        Known(Sort, "sort", "排序");
        if (Page is < 1 or > MaxPage)
        {
            errors.Add(new FieldError("page", $"页码：应为 1 至 {MaxPage} 之间的整数"));
        }

        return errors;

        void Known<T>(T? value, string field, string label)
            where T : struct, Enum
        {
            if (value is { } v && !Enum.IsDefined(v))
            {
                errors.Add(new FieldError(field, $"{label}：未知的代码“{Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)}”"));
            }
        }
    }
}
