using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M07ErrorTolerance;
using Jiceng.Core.Policy;

namespace Jiceng.Data.Demo;

/// <summary>
/// Clause 七's demo records and the findings they plant, judged on <see cref="DemoDistrictGenerator.DataAsOf"/>
/// (2026-06-30) under the example profile (警告 6 and 记过 12 months, 降级 24; cases 60 days; clarification 30 days).
/// Written out by hand from the counting conventions, never through the facts queries or the rules. The demo has no
/// annual grades, so every ended period counts as "results good".
/// </summary>
internal static class ErrorTolerancePlanting
{
    // The example profile's values the dates below are worked out for (PlantingAssumptionsTests checks them).
    internal const int WarningMonths = 6;
    internal const int DemeritMonths = 12;
    internal const int DemotionMonths = 24;
    internal const int CaseDays = 60;
    internal const int ClarifyDays = 30;

    public static void Add(DemoContext ctx)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var ranked = ctx.Ranks.Select(r => r.Cadre).ToHashSet();
        var village = ctx.Cadres.Where(c => c.Category == CadreCategory.VillageCadre && !ranked.Contains(c)).ToList();
        var pick = 0;
        Cadre Next() => village[(pick++ * 7) % village.Count];

        // R7.2 eligible for use: a warning from 2025-12-31 ends on 2026-06-29 (2025-12-31 + 6 months = 2026-06-30, a
        // month end); a 降级 from 2024-06-30 ends 2026-06-29. A warning from 2026-01-01 runs to 2026-06-30: not yet.
        Sanction(ctx, Next(), SanctionKind.Warning, new DateOnly(2025, 12, 31), eligible: true);
        Sanction(ctx, Next(), SanctionKind.Demotion, new DateOnly(2024, 6, 30), eligible: true);
        Sanction(ctx, Next(), SanctionKind.Warning, new DateOnly(2026, 1, 1), eligible: false);

        // A 记过 in force, lifted by a 容错免责 decision on a case linked to it: neither blocks nor is listed as eligible.
        var exempted = Next();
        var lifted = Sanction(ctx, exempted, SanctionKind.Demerit, new DateOnly(2026, 1, 1), eligible: false);
        Case(ctx, exempted, new DateOnly(2026, 1, 5), lifted, (CaseDecision.Exempted, new DateOnly(2026, 2, 20)));

        // R7.2 violation: a rank raise dated inside a 记过's period (three months after it took effect).
        PlantRaiseInside(ctx, asOf);

        // R7.1: received 2026-05-01 is on its 60th day (in time); received 2026-04-30 is on its 61st (a warning).
        Case(ctx, Next(), new DateOnly(2026, 5, 1), null, null);
        var late = Next();
        Case(ctx, late, new DateOnly(2026, 4, 30), null, null);
        ctx.Planted.Add(new PlantedFinding("R7.1", Severity.Warning, null, late, "容错纠错案件受理61天未认定"));

        // R7.3: concluded 2026-05-31 and not clarified is on day 30 (in time); concluded 2026-05-30 is on day 31 (a
        // violation); clarified on day 30 is in time, on day 31 late.
        Accuse(ctx, Next(), AccusationConclusion.Untrue, new DateOnly(2026, 5, 31), null);
        var unclarified = Next();
        Accuse(ctx, unclarified, AccusationConclusion.FalseAccusation, new DateOnly(2026, 5, 30), null);
        ctx.Planted.Add(new PlantedFinding("R7.3", Severity.Violation, null, unclarified, "诬告查实31天未澄清"));
        Accuse(ctx, Next(), AccusationConclusion.Untrue, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var lateClarified = Next();
        Accuse(ctx, lateClarified, AccusationConclusion.Untrue, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));
        ctx.Planted.Add(new PlantedFinding("R7.3", Severity.Violation, null, lateClarified, "不实反映第31天才澄清"));
        Accuse(ctx, Next(), AccusationConclusion.True, new DateOnly(2026, 2, 1), null);
        Accuse(ctx, Next(), null, null, null);
    }

    /// <summary>The first civil servant whose latest raise (a rank above the one before it) has no other rank starting within a year before it.</summary>
    private static void PlantRaiseInside(DemoContext ctx, DateOnly asOf)
    {
        foreach (var group in ctx.Ranks.GroupBy(r => r.Cadre!))
        {
            var chain = group.OrderBy(r => r.Start).ToList();
            if (chain.Count < 2 || chain[^1].Ordinal <= chain[^2].Ordinal || chain[^1].Start > asOf)
            {
                continue;
            }

            var raise = chain[^1];
            var effective = raise.Start.AddMonths(-3);
            if (chain.Any(r => r != raise && r.Start >= effective && r.Start < effective.AddMonths(DemeritMonths)))
            {
                continue;
            }

            var ended = effective.AddMonths(DemeritMonths) <= asOf;
            Sanction(ctx, group.Key, SanctionKind.Demerit, effective, eligible: ended);
            ctx.Planted.Add(new PlantedFinding("R7.2", Severity.Violation, null, group.Key, "记过处分影响期内晋升职级"));
            return;
        }
    }

    private static Sanction Sanction(DemoContext ctx, Cadre cadre, SanctionKind kind, DateOnly effective, bool eligible)
    {
        var sanction = new Sanction
        {
            Cadre = cadre, Kind = kind, EffectiveOn = effective, Authority = "中共朔州市平鲁区纪律检查委员会",
            DocumentNumber = $"平纪字〔{effective.Year}〕{ctx.Sanctions.Count + 3}号",
            Facts = $"{cadre.Name}在落实工作中履职不力，造成不良影响（演示数据）。",
        };
        ctx.Sanctions.Add(sanction);
        if (eligible)
        {
            ctx.Planted.Add(new PlantedFinding("R7.2", Severity.Info, null, cadre, $"{kind.Label()}处分影响期满，可正常使用"));
        }

        return sanction;
    }

    private static void Case(DemoContext ctx, Cadre cadre, DateOnly received, Sanction? sanction, (CaseDecision Decision, DateOnly On)? decided)
    {
        var item = new ToleranceCase
        {
            Cadre = cadre, ReceivedOn = received, Sanction = sanction, Facts = $"{cadre.Name}在推进项目中先行先试出现失误（演示数据）。",
            Criteria = CaseCriteria.Pioneering | CaseCriteria.NoPersonalGain,
            Steps = [new CaseStep { Stage = CaseStage.Intake, Author = "组织部干部科", On = received, Documents = "容错申请书", Note = "材料齐全，予以受理" }],
        };
        if (decided is { } d)
        {
            item.Steps.Add(new CaseStep { Stage = CaseStage.Verification, Author = "组织部干部科", On = received.AddDays(10), Documents = "核实报告", Note = "情况属实" });
            item.Steps.Add(new CaseStep { Stage = CaseStage.Decision, Author = "区委组织部部务会", On = d.On, Documents = "容错纠错决定书", Note = "符合容错情形" });
            item.Decision = d.Decision;
            item.DecidedOn = d.On;
        }

        ctx.ToleranceCases.Add(item);
    }

    private static void Accuse(DemoContext ctx, Cadre cadre, AccusationConclusion? conclusion, DateOnly? concluded, DateOnly? clarified) =>
        ctx.Accusations.Add(new Accusation
        {
            Cadre = cadre, ReceivedOn = (concluded ?? DemoDistrictGenerator.DataAsOf).AddDays(-40), Source = "信访举报",
            Content = $"反映{cadre.Name}工作作风问题（演示数据）。", Conclusion = conclusion, ConcludedOn = concluded,
            ClarifyMethod = clarified is null ? null : "召开澄清会", ClarifyScope = clarified is null ? null : "所在乡镇干部大会", ClarifiedOn = clarified,
        });
}
