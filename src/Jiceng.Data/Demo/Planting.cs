using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;
using Jiceng.Data.Measures.M04Promotion;

namespace Jiceng.Data.Demo;

/// <summary>
/// Plants and records the demo district's findings. The values below are the shipped example profile's
/// (policy/default-2020.yaml); a test checks they still agree, so a changed example fails loudly instead of silently.
/// </summary>
internal static class Planting
{
    public const int WomenMin = 1;
    public const int YoungAge = 35;
    public const int YoungMin = 1;
    public const int MaxYearsSamePost = 5;
    public const int TenureWarnMonths = 6;
    public const int EcoChiefsPerVillage = 1;
    public const decimal ReserveMultiplier = 2m;

    /// <summary>R1.1: one township without women, one without young members; every other team meets both targets.</summary>
    public static void TeamStructure(DemoContext ctx, IReadOnlyList<TownshipTerms> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        for (var i = 0; i < townships.Count; i++)
        {
            var own = townships[i];
            var members = ctx.Cadres.Where(c => c.Posts.Any(p => p.Term == own.Current && p.IsActiveOn(asOf))).ToList();
            bool IsYoung(Cadre c) => Ages.FullYears(c.BirthDate, asOf) <= YoungAge;

            if (i == 1 % townships.Count)
            {
                foreach (var woman in members.Where(c => c.Sex == Sex.Female))
                {
                    ChangeSex(ctx, woman, Sex.Male);
                }
            }
            else if (!members.Any(c => c.Sex == Sex.Female))
            {
                ChangeSex(ctx, members.OrderBy(c => c.BirthDate).Last(), Sex.Female);
            }

            if (i == 0)
            {
                foreach (var young in members.Where(IsYoung))
                {
                    MakeOlder(ctx, young, YoungAge + 1 - Ages.FullYears(young.BirthDate, asOf));
                }
            }

            var women = members.Count(c => c.Sex == Sex.Female);
            var youngCount = members.Count(IsYoung);
            if (women < WomenMin)
            {
                ctx.Planted.Add(new PlantedFinding("R1.1", Severity.Violation, own.Township, null, "班子无女干部"));
            }

            if (youngCount < YoungMin)
            {
                ctx.Planted.Add(new PlantedFinding("R1.1", Severity.Violation, own.Township, null, "班子无35岁及以下干部"));
            }
        }
    }

    /// <summary>R4.2: records every serving named township post whose tenure is due or nearly due on the data day.</summary>
    public static void Tenure(DemoContext ctx)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        foreach (var cadre in ctx.Cadres)
        {
            foreach (var post in cadre.Posts.Where(p => PostTenureFactsQuery.Kinds.Contains(p.Kind) && p.IsActiveOn(asOf)))
            {
                // The generator never reappoints to the same post in the same unit, so the tenure starts with the post.
                var full = Ages.AddYearsClamped(post.Start, MaxYearsSamePost);
                if (asOf >= full)
                {
                    ctx.Planted.Add(new PlantedFinding("R4.2", Severity.Violation, null, cadre, $"{post.Title}任职满{MaxYearsSamePost}年"));
                }
                else if (asOf >= full.AddMonths(-TenureWarnMonths))
                {
                    ctx.Planted.Add(new PlantedFinding("R4.2", Severity.Warning, null, cadre, $"{post.Title}即将满{MaxYearsSamePost}年"));
                }
            }
        }
    }

    public static void NotOneShoulder(DemoContext ctx, OrgUnit village, Cadre secretary)
    {
        // About a third of the villages that do not practise 一肩挑 have recorded why; they are not findings.
        if (ctx.Random.Chance(0.35))
        {
            ctx.Exemptions.Add(new OneShoulderExemption
            {
                OrgUnit = village, Reason = "书记为上级下派干部，不具备参选村委会主任资格", From = VillageBuilder.CurrentStart,
            });
            return;
        }

        ctx.Planted.Add(new PlantedFinding("R10.1", Severity.Violation, village, null, $"{secretary.Name}未兼任主任"));
    }

    public static void NoEcoChief(DemoContext ctx, OrgUnit village) =>
        ctx.Planted.Add(new PlantedFinding("R10.2", Severity.Violation, village, null, "未设生态村长"));

    /// <summary>R10.3: most villages keep the full pool of ceil(multiplier × seats); about one in seven falls short.</summary>
    public static int Reserves(DemoContext ctx, OrgUnit village, int seats)
    {
        var required = (int)Math.Ceiling(ReserveMultiplier * seats);
        if (!ctx.Random.Chance(0.15))
        {
            return required;
        }

        var count = required - ctx.Random.Next(1, 4);
        ctx.Planted.Add(new PlantedFinding("R10.3", Severity.Violation, village, null, $"后备干部{count}名，少于{required}名"));
        return count;
    }

    private static void ChangeSex(DemoContext ctx, Cadre cadre, Sex sex)
    {
        cadre.Sex = sex;
        cadre.Name = ChineseNames.Next(ctx.Random, sex, cadre.BirthDate.Year);
        cadre.IdNumber = ctx.Ids.Next(cadre.IdNumber.RegionCode, cadre.BirthDate, sex);
    }

    /// <summary>Born <paramref name="years"/> earlier, and joined work and the party as many years earlier, so every age on the record stays as it was.</summary>
    private static void MakeOlder(DemoContext ctx, Cadre cadre, int years)
    {
        cadre.BirthDate = cadre.BirthDate.AddYears(-years);
        cadre.JoinedWorkOn = cadre.JoinedWorkOn?.AddYears(-years);
        cadre.JoinedPartyOn = cadre.JoinedPartyOn?.AddYears(-years);
        cadre.IdNumber = ctx.Ids.Next(cadre.IdNumber.RegionCode, cadre.BirthDate, cadre.Sex);
    }
}
