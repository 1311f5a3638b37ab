using System.Globalization;
using System.Text.Json;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Core.Policy;
using Jiceng.Data;
using Jiceng.Web.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Web.Api;

/// <summary>
/// Clause 八's calculators and clause 十's bonus points for machines (docs/api.md): <c>POST /api/v1/calc/{name}</c> with the inputs answers the amount
/// and its working, the same JSON as <c>jiceng calc NAME --json</c>, under the profile in force on the calculation's
/// day or an adopted profile version by id. Pure computations on the body: no records are read, nothing is written.
/// </summary>
public static class CalcApi
{
    public static RouteGroupBuilder MapCalcApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calc").WithTags("Calculators");
        group.MapPost("/{name}", Calculate).WithName(nameof(Calculate))
            .WithSummary("计算器（第八条 subsidy、trips、leave、pension、reward；第十条 bonus）：返回金额（元）或分数（分）及计算过程");
        return group;
    }

    /// <param name="Inputs">The inputs by name: a value (text or number), or a list of values; a list item may be an object of its parts ({"date": "2021-06-20", "amount": 800}).</param>
    /// <param name="ProfileVersionId">An adopted profile version to compute under; none: the profile in force on the calculation's day.</param>
    public sealed record CalcBody(JsonElement? Inputs, int? ProfileVersionId);

    public static async Task<Results<Ok<CalculationResponse>, ValidationProblem, ProblemHttpResult>> Calculate(
        string name, CalcBody body, PolicyProfiles profiles, IDbContextFactory<JicengDbContext> dbFactory, TimeProvider clock, CancellationToken ct)
    {
        if (Calculators.Find(name) is not { } calculator)
        {
            return TypedResults.Problem(title: "没有这个计算器",
                detail: $"没有名为“{name}”的计算器（可用：{string.Join("、", Calculators.All.Select(c => c.Name))}）", statusCode: StatusCodes.Status404NotFound);
        }

        var errors = new List<FieldError>();
        var args = ReadInputs(body.Inputs, errors);
        var read = calculator.Parse(args);
        errors.AddRange(read.Errors.Select(e => e with { Field = "inputs." + e.Field }));
        if (errors.Count > 0 || read.Request is not { } request)
        {
            return ProblemResults.Invalid(errors);
        }

        PolicyProfile profile;
        var day = request.ReferenceDay ?? ChinaTime.Today(clock);
        if (body.ProfileVersionId is { } id)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var version = await db.PolicyProfileVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
            if (version is null || ProfileLoader.Load(version.Yaml, "版本 " + id.ToString(CultureInfo.InvariantCulture)).Profile is not { } adopted)
            {
                return ProblemResults.Invalid([new FieldError("profileVersionId", $"没有编号为 {id} 的政策配置版本")]);
            }

            profile = adopted;
        }
        else if (profiles.Set.TryInForceOn(day, out var inForce))
        {
            profile = inForce;
        }
        else
        {
            return ProblemResults.Invalid([new FieldError("profileVersionId",
                $"{Dates.Format(day)} 没有生效的政策配置（最早的配置自 {Dates.Format(profiles.Set.Versions[0].EffectiveFrom)} 起生效）；请换一个日期，或指定配置版本")]);
        }

        var outcome = request.Compute(profile);
        return outcome.Calculation is { } calculation
            ? TypedResults.Ok(CalculationResponse.From(calculation, profile))
            : ProblemResults.Invalid([.. outcome.Errors.Select(e => e with { Field = "inputs." + e.Field })]);
    }

    /// <summary>The body's inputs as raw calculator inputs; a shape the calculators cannot read is a field error.</summary>
    private static CalcArgs ReadInputs(JsonElement? inputs, List<FieldError> errors)
    {
        var args = new CalcArgs();
        if (inputs is not { ValueKind: JsonValueKind.Object } map)
        {
            errors.Add(new FieldError("inputs", "缺少 inputs：应为对象，键为输入名（如 {\"contribution\": 800}）"));
            return args;
        }

        foreach (var property in map.EnumerateObject())
        {
            var key = property.Name;
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Array)
            {
                var n = 0;
                foreach (var item in value.EnumerateArray())
                {
                    n++;
                    if (Scalar(item) is { } text)
                    {
                        args.Add(key, text);
                    }
                    else if (item.ValueKind == JsonValueKind.Object && item.EnumerateObject().All(p => Scalar(p.Value) is not null))
                    {
                        args.Add(key, new CalcArg(null, item.EnumerateObject().ToDictionary(p => p.Name, p => Scalar(p.Value)!, StringComparer.Ordinal)));
                    }
                    else
                    {
                        errors.Add(new FieldError("inputs." + key, string.Create(CultureInfo.InvariantCulture,
                            $"输入 {key} 第 {n} 项应为文字、数字或由它们组成的对象（如 {{\"date\": \"2021-06-20\", \"amount\": 800}}）")));
                    }
                }
            }
            else if (Scalar(value) is { } text)
            {
                args.Add(key, text);
            }
            else if (value.ValueKind != JsonValueKind.Null)
            {
                errors.Add(new FieldError("inputs." + key, $"输入 {key} 应为文字、数字或列表"));
            }
        }

        return args;
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        _ => null,
    };
}
