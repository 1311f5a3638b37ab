using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Jiceng.Web.Api;

/// <summary>
/// The OpenAPI document (/openapi/v1.json): title, the two ways to sign in (session cookie, personal API token) and,
/// on every operation that needs a signed-in user, the schemes it accepts. Operation ids and Chinese summaries come
/// from <c>WithName</c>/<c>WithSummary</c> on each endpoint (OpenApiDocumentTests refuses an operation without them).
/// </summary>
public static class OpenApiSetup
{
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddJicengOpenApi(this IServiceCollection services) => services.AddOpenApi("v1", o =>
    {
        o.AddDocumentTransformer(DescribeDocument);
        o.AddOperationTransformer(RequireSignIn);
    });

    private static Task DescribeDocument(OpenApiDocument doc, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        doc.Info.Title = "基层干部激励关爱管理系统 API";
        doc.Info.Version = "v1";
        doc.Info.Description = "用法、令牌、分页、错误与版本冲突见仓库中的 docs/api.md。";
        doc.Components ??= new OpenApiComponents();
        doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        doc.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = CookieNames.Session,
            Description = "登录页面后浏览器持有的会话 Cookie。写操作须由本系统页面发起（同源 Origin 或 Sec-Fetch-Site: same-origin）。",
        };
        doc.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "jct_…",
            Description = "个人访问令牌：在“访问令牌”页面创建，Authorization: Bearer jct_…；以本人当前的角色和数据范围访问，仅限 /api。",
        };
        return Task.CompletedTask;
    }

    private static Task RequireSignIn(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        var cookieOnly = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.CookieSession);
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] });
        if (!cookieOnly)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
