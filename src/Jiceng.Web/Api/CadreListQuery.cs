using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Data.Cadres;

namespace Jiceng.Web.Api;

/// <summary>Query string of the cadre list.</summary>
public sealed record CadreListQuery(
    string? Q, int? OrgUnitId, CadreCategory? Category, Sex? Sex, EducationLevel? Education, AgeBand? AgeBand,
    CadreSort? Sort, bool? Desc, int? Page, int? PageSize)
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
