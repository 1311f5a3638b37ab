using Jiceng.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>Maps refusals to RFC 9457 problem details with field errors keyed by the API's field names.</summary>
public static class ProblemResults
{
    public static ValidationProblem Invalid(IReadOnlyList<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            title: "提交的数据有误",
            detail: string.Join("；", errors.Select(e => e.Message)));

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "记录已被他人修改", detail: detail, statusCode: StatusCodes.Status409Conflict);
}
