namespace Jiceng.Web.Api;

/// <summary>
/// Every problem response has a Chinese title: the framework's defaults ("Not Found", "Forbidden" …, from status-code
/// pages and empty 4xx results) are replaced by the status's Chinese name; titles the app wrote itself are kept.
/// </summary>
public static class ChineseProblemTitles
{
    public static void Apply(ProblemDetailsContext ctx)
    {
        var problem = ctx.ProblemDetails;
        if (problem.Title is null || problem.Title.All(char.IsAscii))
        {
            problem.Title = TitleOf(problem.Status ?? ctx.HttpContext.Response.StatusCode);
        }
    }

    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求有误",
        StatusCodes.Status401Unauthorized => "未登录或登录已过期",
        StatusCodes.Status403Forbidden => "无权访问",
        StatusCodes.Status404NotFound => "未找到",
        StatusCodes.Status405MethodNotAllowed => "不支持该请求方法",
        StatusCodes.Status409Conflict => "记录冲突",
        StatusCodes.Status413PayloadTooLarge => "请求内容过大",
        StatusCodes.Status415UnsupportedMediaType => "不支持的内容类型",
        StatusCodes.Status429TooManyRequests => "请求过于频繁",
        >= 500 => "系统内部错误",
        _ => "请求未能完成",
    };
}
