using System.Text.Json;
using Jiceng.Core.Cadres;
using Microsoft.AspNetCore.Diagnostics;

namespace Jiceng.Web.Api;

/// <summary>
/// A request body that is not valid JSON for its type (an impossible date, a number in a text field) becomes a
/// 400 problem naming the field in Chinese, like any other validation error; any other malformed request is a plain 400 problem.
/// </summary>
public sealed class JsonBodyErrorHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        if (bad.InnerException is not JsonException json)
        {
            await TypedResults.Problem(title: "请求格式不正确", detail: "请求内容缺失或格式不正确。", statusCode: bad.StatusCode).ExecuteAsync(http);
            return true;
        }

        var field = FieldOf(json.Path);
        var label = field is null ? "请求内容" : CadreValidator.FieldLabels.GetValueOrDefault(field, field);
        var message = $"{label}：格式不正确（日期应为 yyyy-MM-dd，代码应为文本）";
        await ProblemResults.Invalid([new Core.Common.FieldError(field ?? "body", message)]).ExecuteAsync(http);
        return true;
    }

    // "$.cadre.birthDate" → "birthDate"
    private static string? FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path[(path.LastIndexOf('.') + 1)..];
}
