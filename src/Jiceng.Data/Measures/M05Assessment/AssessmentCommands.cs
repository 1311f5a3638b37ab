using Jiceng.Core.Common;
using Jiceng.Core.Measures.M05Assessment;
using Jiceng.Core.Org;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M05Assessment;

/// <summary>An award as entered: kind, title, the event and its day, the grant day, grassroots or not, 文号.</summary>
public sealed record AwardInput(AwardKind? Kind, string? Title, string? Event, DateOnly? EventOn, DateOnly? GrantedOn, bool IsGrassroots, string? DocumentNumber);

/// <summary>A disbursement of the village performance fund to a cadre of a village for a year.</summary>
public sealed record DisbursementInput(int? VillageId, int? CadreId, int? Year, decimal? AmountYuan, decimal? Score, DateOnly? PaidOn);

/// <summary>A township's yearly assessment with its feedback entries (source, respondents, score).</summary>
public sealed record TownshipAssessmentInput(int? TownshipId, int? Year, string? Category, decimal? SchemeScore, IReadOnlyList<FeedbackInput> Feedback);

public sealed record FeedbackInput(FeedbackSource Source, int Respondents, decimal Score, DateOnly CollectedOn);

/// <summary>Awards (R5.3, R5.4), village fund disbursements (R5.2) and township assessments (R5.5), for the caller's scope.</summary>
public static class AssessmentCommands
{
    public static async Task<CommandResult<Award>> AddAwardAsync(JicengDbContext db, DataScope scope, int cadreId, AwardInput input, DateOnly today, CancellationToken ct = default)
    {
        if (!await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct))
        {
            return CommandResult<Award>.Missing();
        }

        var errors = AwardCommands.Validate(input, today);
        if (errors.Count > 0)
        {
            return CommandResult<Award>.Invalid(errors);
        }

        var award = new Award { CadreId = cadreId };
        AwardCommands.Apply(award, input);
        db.Awards.Add(award);
        await db.SaveChangesAsync(ct);
        return CommandResult<Award>.Ok(award);
    }

    public static async Task<CommandResult<VillageFundDisbursement>> AddDisbursementAsync(
        JicengDbContext db, DataScope scope, DisbursementInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = await VillageFundCommands.ValidateAsync(db, scope, input, today, ct);
        if (errors.Count > 0)
        {
            return CommandResult<VillageFundDisbursement>.Invalid(errors);
        }

        var d = new VillageFundDisbursement();
        VillageFundCommands.Apply(d, input);
        db.VillageFundDisbursements.Add(d);
        await db.SaveChangesAsync(ct);
        return CommandResult<VillageFundDisbursement>.Ok(d);
    }

    public static async Task<CommandResult<TownshipAssessment>> AddTownshipAssessmentAsync(
        JicengDbContext db, DataScope scope, TownshipAssessmentInput input, DateOnly today, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var township = await db.OrgUnits.InScope(scope).AsNoTracking()
            .Where(u => u.Id == input.TownshipId && (u.Kind == OrgUnitKind.Township || u.Kind == OrgUnitKind.SubDistrict))
            .Select(u => new { u.Id }).FirstOrDefaultAsync(ct);
        if (township is null)
        {
            errors.Add(new FieldError("townshipId", "乡镇（街道）：不存在或不在您的管理范围内"));
        }

        if (input.Year is not { } year || year < 2000 || year > today.Year)
        {
            errors.Add(new FieldError("year", $"考核年度：应在2000至{today.Year}之间"));
        }
        else if (township is not null && await db.TownshipAssessments.AnyAsync(a => a.TownshipId == township.Id && a.Year == year, ct))
        {
            errors.Add(new FieldError("year", $"考核年度：该乡镇{year}年度考核已录入"));
        }

        if (string.IsNullOrWhiteSpace(input.Category) || input.Category.Trim().Length > TownshipAssessment.CategoryMaxLength)
        {
            errors.Add(new FieldError("category", $"乡镇类别：必填，不超过{TownshipAssessment.CategoryMaxLength}字"));
        }

        foreach (var (f, i) in input.Feedback.Select((f, i) => (f, i)))
        {
            if (!Enum.IsDefined(f.Source) || f.Respondents < 0 || f.Score < 0 || f.Score > 100)
            {
                errors.Add(new FieldError($"feedback[{i}]", $"第{i + 1}条多元评价：来源应为服务对象、村干部或党员群众，人数不小于0，得分在0至100之间"));
            }
            else if (input.Feedback.Take(i).Any(e => e.Source == f.Source))
            {
                errors.Add(new FieldError($"feedback[{i}]", $"第{i + 1}条多元评价：来源“{TownshipAssessment.SourceLabel(f.Source)}”重复"));
            }
        }

        if (errors.Count > 0)
        {
            return CommandResult<TownshipAssessment>.Invalid(errors);
        }

        var a = new TownshipAssessment
        {
            TownshipId = township!.Id, Year = input.Year!.Value, Category = input.Category!.Trim(), SchemeScore = input.SchemeScore,
            Feedback = [.. input.Feedback.Select(f => new AssessmentFeedback { Source = f.Source, Respondents = f.Respondents, Score = f.Score, CollectedOn = f.CollectedOn })],
        };
        db.TownshipAssessments.Add(a);
        await db.SaveChangesAsync(ct);
        return CommandResult<TownshipAssessment>.Ok(a);
    }
}
