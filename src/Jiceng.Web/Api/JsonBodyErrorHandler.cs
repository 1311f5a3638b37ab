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
            var shape = ExpectedBody(http) is { } expected ? $"应为 JSON 对象 {BodyShape.Describe(expected)}。" : "";
            await TypedResults.Problem(title: "请求格式不正确", detail: "请求内容缺失或格式不正确。" + shape, statusCode: bad.StatusCode).ExecuteAsync(http);
            return true;
        }

        var field = FieldOf(json.Path);
        if (field is null && ExpectedBody(http) is { } type)
        {
            await ProblemResults.Invalid([WrapperError(type)]).ExecuteAsync(http);
            return true;
        }

        var label = field is null ? "请求内容" : CadreValidator.FieldLabels.GetValueOrDefault(field, field);
        var message = $"{label}：格式不正确（日期应为 yyyy-MM-dd，代码应为文本）";
        await ProblemResults.Invalid([new Core.Common.FieldError(field ?? "body", message)]).ExecuteAsync(http);
        return true;
    }

    /// <summary>The whole body has the wrong shape (not an object, or without its wrapper): say what is expected.</summary>
    private static Core.Common.FieldError WrapperError(Type type)
    {
        var required = BodyShape.Required(type);
        var must = required.Count > 0 ? $"，其中 {string.Join("、", required)} 必填" : "";
        return new Core.Common.FieldError(required.Count > 0 ? required[0] : "body", $"请求体应为 JSON 对象 {BodyShape.Describe(type)}{must}。");
    }

    // The exception handler clears the request's endpoint; the feature keeps the one that failed.
    private static Type? ExpectedBody(HttpContext http) =>
        (http.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint())?.Metadata
            .GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;

    // "$.cadre.birthDate" → "birthDate"
    private static string? FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path[(path.LastIndexOf('.') + 1)..];
}
