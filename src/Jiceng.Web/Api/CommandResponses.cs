using Jiceng.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>
/// The answers a write command's result maps to, in one place for every API: not found (outside the scope too),
/// 409 with the current version, 400 with field errors, or the record.
/// </summary>
public static class CommandResponses
{
    /// <summary>An update or end: 200 with the record, 404, 409 naming <paramref name="what"/> and its current version, or 400.</summary>
    public static Results<Ok<TDto>, NotFound, ValidationProblem, ProblemHttpResult> Updated<T, TDto>(
        CommandResult<T> result, Func<T, TDto> dto, Func<T, int> version, string what = "该记录")
    {
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (result.Conflict is { } current)
        {
            return ProblemResults.Conflict($"{what}已被他人修改（当前版本 {version(current)}），请刷新后重新编辑。");
        }

        return result.Succeeded ? TypedResults.Ok(dto(result.Value!)) : ProblemResults.Invalid(result.Errors);
    }

    /// <summary>A creation: 201 at <paramref name="location"/>, 404 (the parent is outside the scope), or 400.</summary>
    public static Results<Created<TDto>, NotFound, ValidationProblem> Created<T, TDto>(
        CommandResult<T> result, Func<T, string> location, Func<T, TDto> dto)
    {
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Created(location(result.Value!), dto(result.Value!)) : ProblemResults.Invalid(result.Errors);
    }
}
