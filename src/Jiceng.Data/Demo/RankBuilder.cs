using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Core.Ranks;

namespace Jiceng.Data.Demo;

/// <summary>
/// Ranks (职级) of the demo district's civil servants, the rank quotas (职数) of townships and departments, and R4.1's
/// planted findings. Uses its own random source so adding ranks leaves every other generated record as it was.
/// Planting is counted here with plain loops over the generated ranks, never with the rule or its facts query.
/// </summary>
internal static class RankBuilder
{
    /// <summary>The usual ladder for township and department civil servants: years since joining work → rank (lowest first).</summary>
    private static readonly (int Years, string Code)[] Ladder = [(0, "402"), (1, "401"), (5, "304"), (8, "303"), (12, "302"), (16, "301")];

    /// <summary>The day a quota cut (核减职数) takes effect in the over-quota township.</summary>
    public static readonly DateOnly QuotaCut = new(2026, 1, 1);

    private static readonly DateOnly QuotaSince = new(2019, 1, 1);

    public static void Add(DemoContext ctx, IReadOnlyList<OrgUnit> townships)
    {
        var random = new Random(401);
        var asOf = DemoDistrictGenerator.DataAsOf;
        foreach (var cadre in ctx.Cadres.Where(c => RankValidator.HoldsRanks(c.Category) && RankValidator.HasQuotas(c.OrgUnit!.Kind)))
        {
            AddHistory(ctx, random, cadre, asOf);
        }

        PlantForeignUse(ctx, townships, asOf);
        AddQuotas(ctx, random, townships, asOf);
    }

    /// <summary>Up to the last three rungs of the ladder the cadre's years of work reach, each ending the day before the next.</summary>
    private static void AddHistory(DemoContext ctx, Random random, Cadre cadre, DateOnly asOf)
    {
        var joined = cadre.JoinedWorkOn ?? cadre.BirthDate.AddYears(23);
        var reached = Ladder.Where(r => joined.AddYears(r.Years) <= asOf).ToList();
        var rungs = reached.Skip(Math.Max(0, reached.Count - 3)).ToList();
        var month = random.Next(0, 6);
        var starts = rungs.Select((r, i) => DemoRandom.Min(joined.AddYears(r.Years).AddMonths(i == 0 ? 0 : month), asOf)).ToList();
        for (var i = 0; i < rungs.Count; i++)
        {
            if (i > 0 && starts[i] <= starts[i - 1])
            {
                continue;
            }

            var next = starts.Skip(i + 1).FirstOrDefault(s => s > starts[i]);
            ctx.Ranks.Add(new RankAssignment
            {
                Cadre = cadre, RankCode = rungs[i].Code, Ordinal = RankLevels.Ordinal(rungs[i].Code), Start = starts[i],
                End = next == default ? null : next.AddDays(-1), QuotaUnit = cadre.OrgUnit,
                DocumentNumber = $"平组干字〔{starts[i].Year}〕{random.Next(1, 120)}号",
            });
        }
    }

    /// <summary>
    /// R4.1 (own staff): the first township's dispatched-agency head, a department cadre, was given a rank on the
    /// township's quota before the system (a legacy record); with three townships or more, a cadre who moved from the
    /// third township to the second still uses the third's quota.
    /// </summary>
    private static void PlantForeignUse(DemoContext ctx, IReadOnlyList<OrgUnit> townships, DateOnly asOf)
    {
        var first = townships[0];
        var head = ctx.Cadres.First(c => c.Posts.Any(p => p.Kind == PostKind.DispatchedAgencyHead && p.OrgUnit == first && p.IsActiveOn(asOf)));
        if (CurrentRank(ctx, head, asOf) is { } headRank)
        {
            headRank.QuotaUnit = first;
            ctx.Planted.Add(new PlantedFinding("R4.1", Severity.Violation, first, null, $"{head.Name}（区直部门）占用乡镇职级职数"));
        }

        if (townships.Count < 3)
        {
            return;
        }

        var moved = ctx.Cadres.First(c => c.OrgUnit == townships[1] && c.Category == CadreCategory.TownshipCivilServant && CurrentRank(ctx, c, asOf) is not null);
        CurrentRank(ctx, moved, asOf)!.QuotaUnit = townships[2];
        ctx.Planted.Add(new PlantedFinding("R4.1", Severity.Violation, townships[2], null, $"{moved.Name}调往{townships[1].Name}后仍占用原乡镇职数"));
    }

    /// <summary>
    /// A quota for every rank of every unit with quotas: the holders on the data day plus up to two free places. The last
    /// township had a rank's quota cut below its holders from <see cref="QuotaCut"/> (over quota, planted); the one before
    /// it a cut to exactly its holders (full, not a finding).
    /// </summary>
    private static void AddQuotas(DemoContext ctx, Random random, IReadOnlyList<OrgUnit> townships, DateOnly asOf)
    {
        var held = ctx.Ranks.Where(r => r.Start <= asOf && (r.End is null || r.End >= asOf)).ToList();
        foreach (var unit in ctx.OrgUnits.Where(u => RankValidator.HasQuotas(u.Kind)))
        {
            foreach (var (_, code) in Ladder)
            {
                var holders = held.Count(r => r.QuotaUnit == unit && r.RankCode == code);
                ctx.RankQuotas.Add(new RankQuota { OrgUnit = unit, RankCode = code, Count = holders + random.Next(0, 3), From = QuotaSince, DocumentNumber = "平编办字〔2019〕8号" });
            }
        }

        Cut(ctx, held, townships[^1], over: true);
        if (townships.Count > 1)
        {
            Cut(ctx, held, townships[^2], over: false);
        }
    }

    private static void Cut(DemoContext ctx, List<RankAssignment> held, OrgUnit township, bool over)
    {
        var (code, holders) = Ladder.Select(l => (l.Code, Holders: held.Count(r => r.QuotaUnit == township && r.RankCode == l.Code))).MaxBy(x => x.Holders);
        var count = over ? holders - 1 : holders;
        ctx.RankQuotas.Add(new RankQuota { OrgUnit = township, RankCode = code, Count = count, From = QuotaCut, DocumentNumber = "平编办字〔2026〕2号" });
        if (over)
        {
            ctx.Planted.Add(new PlantedFinding("R4.1", Severity.Violation, township, null, $"{RankLevels.Label(code)}职数核减为{count}名，实有{holders}名"));
        }
    }

    private static RankAssignment? CurrentRank(DemoContext ctx, Cadre cadre, DateOnly asOf) =>
        ctx.Ranks.LastOrDefault(r => r.Cadre == cadre && r.Start <= asOf && (r.End is null || r.End >= asOf));
}
