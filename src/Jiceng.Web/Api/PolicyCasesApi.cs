using System.Security.Claims;
using Jiceng.Core.Common;
using Jiceng.Core.Policy;
using Jiceng.Core.Policy.Cases;
using Jiceng.Data.Policy;
using Jiceng.Data.PolicyCases;
using Jiceng.Web.Auth;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jiceng.Web.Api;

/// <summary>
/// Policy cases for machines (docs/policy-cases.md): the case set kept with the profile in force, read by anyone signed in,
/// replaced by the organization department, and runs of case files against the profile in force or a draft, answered in
/// the JSON of <c>jiceng policy test --format json</c>.
/// </summary>
public static class PolicyCasesApi
{
    /// <summary>The largest body accepted: the set's bounds in UTF-8 (at most 3 bytes a character) and room for a draft.</summary>
    private const long MaxBodyBytes = (CaseSetLimits.MaxFiles * (long)CaseSetLimits.MaxFileLength * 3) + (2 * 1024 * 1024);

    public static RouteGroupBuilder MapPolicyCasesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/policy/cases").WithTags("PolicyCases");
        group.MapGet("/", GetCaseSet).WithName(nameof(GetCaseSet)).WithSummary("查看现行政策配置的用例集及其最近一次运行结果");
        group.MapPut("/", SaveCaseSet).RequireAuthorization(Policies.EditPolicy).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithName(nameof(SaveCaseSet)).WithSummary("保存现行政策配置的用例集（整体替换）");
        group.MapPost("/run", RunCases).RequireAuthorization(Policies.EditPolicy).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithName(nameof(RunCases)).WithSummary("运行政策用例（默认：已保存的用例集；默认配置：现行配置），结果同 jiceng policy test --format json");
        return group;
    }

    public sealed record CaseFileDto(string Name, string Yaml);

    public sealed record CaseSetInput(CaseFileDto[]? Files);

    /// <param name="Files">The case files to run; none: the saved set.</param>
    /// <param name="Draft">A draft profile's YAML to run against instead of the profile in force.</param>
    public sealed record CaseRunInput(CaseFileDto[]? Files, string? Draft);

    public sealed record LastRunDto(DateTime At, int Passed, int Failed, int FilesWithProblems);

    public sealed record CaseSetDto(int Id, string Profile, DateOnly EffectiveFrom, int? ProfileVersionId, string SavedBy, DateTime SavedAt,
        CaseFileDto[] Files, LastRunDto? LastRun)
    {
        public static CaseSetDto From(PolicyCaseSet s) => new(
            s.Id, s.ProfileName, s.ProfileEffectiveFrom, s.ProfileVersionId, s.SavedBy, s.SavedAt,
            [.. s.Files.OrderBy(f => f.Position).Select(f => new CaseFileDto(f.Name, f.Yaml))],
            s.LastRunAt is { } at ? new LastRunDto(at, s.LastRunPassed ?? 0, s.LastRunFailed ?? 0, s.LastRunFilesWithProblems ?? 0) : null);
    }

    public static async Task<Results<Ok<CaseSetDto>, NotFound>> GetCaseSet(PolicyCaseSets sets, CancellationToken ct) =>
        await sets.SavedAsync(ct) is { } set ? TypedResults.Ok(CaseSetDto.From(set)) : TypedResults.NotFound();

    public static async Task<Results<Ok<CaseSetDto>, ValidationProblem>> SaveCaseSet(CaseSetInput input, PolicyCaseSets sets, ClaimsPrincipal user, CancellationToken ct)
    {
        var files = FilesOf(input.Files);
        if (CaseSetLimits.Check(files) is { } refusal)
        {
            return ProblemResults.Invalid([new FieldError("files", refusal)]);
        }

        var saved = await sets.SaveAsync(files, CurrentUser.DisplayName(user), ct: ct);
        return TypedResults.Ok(CaseSetDto.From(saved));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> RunCases(CaseRunInput input, PolicyCaseSets sets, CancellationToken ct)
    {
        IReadOnlyList<CaseFileText> files = FilesOf(input.Files);
        if (files.Count == 0)
        {
            if (await sets.SavedAsync(ct) is not { } saved)
            {
                return TypedResults.NotFound();
            }

            files = PolicyCaseSetStore.FilesOf(saved);
        }

        if (CaseSetLimits.Check(files) is { } refusal)
        {
            return ProblemResults.Invalid([new FieldError("files", refusal)]);
        }

        PolicyProfile? draft = null;
        if (input.Draft is { } yaml)
        {
            var loaded = ProfileLoader.Load(yaml, "草案");
            if (!loaded.Succeeded)
            {
                return ProblemResults.Invalid([.. loaded.Problems.Select(p => new FieldError("draft", $"第{p.Line}行第{p.Column}列：{p.Message}"))]);
            }

            draft = loaded.Profile;
        }

        var run = await sets.RunAsync(files, draft, ct);
        using var json = new MemoryStream();
        PolicyCaseJson.Write(json, run);
        return TypedResults.File(json.ToArray(), "application/json; charset=utf-8");
    }

    private static List<CaseFileText> FilesOf(CaseFileDto[]? files) => [.. (files ?? []).Select(f => new CaseFileText(f.Name ?? "", f.Yaml ?? ""))];
}
