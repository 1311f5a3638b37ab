using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Posts;
using Jiceng.Data;
using Jiceng.Data.Posts;
using Jiceng.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jiceng.Web.Api;

/// <summary>A cadre's posts: add under /api/v1/cadres/{id}/posts, change or delete under /api/v1/posts/{id}.</summary>
public static class PostsApi
{
    public static RouteGroupBuilder MapPostsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cadres/{cadreId:int}/posts", AddPost).WithTags("Posts").RequireAuthorization(Policies.EditData).WithName("AddPost").WithSummary("为干部新增任职");
        var group = api.MapGroup("/posts").WithTags("Posts").RequireAuthorization(Policies.EditData);
        group.MapPut("/{id:int}", UpdatePost).WithName("UpdatePost").WithSummary("修改任职");
        group.MapDelete("/{id:int}", DeletePost).WithName("DeletePost").WithSummary("删除任职");
        return group;
    }

    public sealed record PostDto(int Id, int CadreId, int OrgUnitId, PostKind Kind, string? Title, bool IsLeadershipTeamMember, DateOnly Start, DateOnly? End, int? TermId)
    {
        public static PostDto From(PostAssignment p) => new(p.Id, p.CadreId, p.OrgUnitId, p.Kind, p.Title, p.IsLeadershipTeamMember, p.Start, p.End, p.TermId);
    }

    public static async Task<Results<Created<PostDto>, NotFound, ValidationProblem>> AddPost(
        int cadreId, PostInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var result = await PostCommands.AddAsync(db, CurrentUser.ScopeOf(user), cadreId, input, ChinaTime.Today(clock), ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Created($"/api/v1/posts/{result.Value!.Id}", PostDto.From(result.Value)) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<Ok<PostDto>, NotFound, ValidationProblem>> UpdatePost(
        int id, PostInput input, JicengDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var result = await PostCommands.UpdateAsync(db, CurrentUser.ScopeOf(user), id, input, ChinaTime.Today(clock), ct);
        if (result.NotFound)
        {
            return TypedResults.NotFound();
        }

        return result.Succeeded ? TypedResults.Ok(PostDto.From(result.Value!)) : ProblemResults.Invalid(result.Errors);
    }

    public static async Task<Results<NoContent, NotFound>> DeletePost(int id, JicengDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
        await PostCommands.DeleteAsync(db, CurrentUser.ScopeOf(user), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
