using Jiceng.Core.Cadres;
using Jiceng.Core.Common;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

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

    /// <summary>
    /// The named township posts R4.2 judges, written out here rather than read from the facts query so the planted set
    /// is an independent statement of the rule's reach (a post kind dropped from the query makes the check fail).
    /// </summary>
    private static readonly PostKind[] NamedTownshipPosts =
    [
        PostKind.TownshipPartySecretary, PostKind.TownshipHead, PostKind.TownshipPartyDeputySecretary, PostKind.TownshipDeputyHead,
        PostKind.TownshipPartyCommitteeMember, PostKind.TownshipDisciplineSecretary, PostKind.TownshipCongressChair, PostKind.DispatchedAgencyHead,
    ];

    /// <summary>Reappointment shapes, by days from the earlier post's end to the next start: 1 continues the tenure
    /// (contiguous), 2 and 3 leave one and two days uncovered and start a new tenure; a chain of three contiguous posts.</summary>
    private static readonly (int Days, bool Continues, int Links)[] Reappointments = [(1, true, 2), (2, false, 2), (1, true, 3), (3, false, 2)];

    /// <summary>
    /// R4.2 chaining: splits two current-term posts of each township that began with the term (2021-09-01, a warning on
    /// the data day by themselves) into reappointments of the cycle's shapes, and records the tenure start each is
    /// known to have by construction.
    /// </summary>
    public static void Reappoint(DemoContext ctx, IReadOnlyList<TownshipTerms> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var n = 0;
        foreach (var own in townships)
        {
            var posts = ctx.Cadres.SelectMany(c => c.Posts)
                .Where(p => p.Term == own.Current && p.Start == TownshipBuilder.CurrentStart && p.IsActiveOn(asOf))
                .OrderBy(p => p.Kind).ThenBy(p => p.Title, StringComparer.Ordinal).Take(2).ToList();
            foreach (var post in posts)
            {
                var (days, continues, links) = Reappointments[n++ % Reappointments.Length];
                var first = post.Start;
                // Reappointed on 1 March 2024 (and, in a chain of three, first on 1 March 2023).
                DateOnly[] starts = links == 3 ? [first, new(2023, 3, 1), new(2024, 3, 1)] : [first, new(2024, 3, 1)];
                for (var i = 0; i < starts.Length - 1; i++)
                {
                    ctx.AddPost(post.Cadre!, post.OrgUnit!, post.Kind, post.Title, starts[i], starts[i + 1].AddDays(-days), post.Term);
                }

                post.Start = starts[^1];
                ctx.TenureStarts[post] = continues ? first : post.Start;
            }
        }
    }

    /// <summary>R4.2: records every serving named township post whose tenure is due or nearly due on the data day.</summary>
    public static void Tenure(DemoContext ctx)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        foreach (var cadre in ctx.Cadres)
        {
            foreach (var post in cadre.Posts.Where(p => NamedTownshipPosts.Contains(p.Kind) && p.Start <= asOf && (p.End is null || p.End >= asOf)))
            {
                // Only Reappoint makes reappointments, and it knows where each tenure began.
                var tenureStart = ctx.TenureStarts.GetValueOrDefault(post, post.Start);
                // The anniversary, 29 February falling back to the 28th in a common year (policy.md, counting conventions).
                var year = tenureStart.Year + MaxYearsSamePost;
                var full = new DateOnly(year, tenureStart.Month, Math.Min(tenureStart.Day, DateTime.DaysInMonth(year, tenureStart.Month)));
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

    /// <summary>R10.3: most villages keep the full pool of ceil(multiplier × seats); about one in seven falls short.
    /// A village without a term in force on the data day (<paramref name="judged"/> false) has no seats to judge by.</summary>
    public static int Reserves(DemoContext ctx, OrgUnit village, int seats, bool judged = true)
    {
        var required = (int)Math.Ceiling(ReserveMultiplier * seats);
        if (!ctx.Random.Chance(0.15))
        {
            return required;
        }

        var count = required - ctx.Random.Next(1, 4);
        if (judged)
        {
            ctx.Planted.Add(new PlantedFinding("R10.3", Severity.Violation, village, null, $"后备干部{count}名，少于{required}名"));
        }

        return count;
    }

    /// <summary>Villages whose current two-committees term was cut short the day before the data day, with no
    /// by-election yet (overdue for 换届), and villages whose term ends on the data day itself (still in force).</summary>
    public static bool IsOverdueVillage(OrgUnit village) => village.SortOrder % 20 == 3;

    public static bool EndsOnDataDay(OrgUnit village) => village.SortOrder % 20 == 4;

    /// <summary>R10.6: sets the chosen villages' current term end (after its seats were filled, so the members still serve).</summary>
    public static void VillageTermEnd(DemoContext ctx, OrgUnit village, Term current)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        if (IsOverdueVillage(village))
        {
            current.End = asOf.AddDays(-1);
            ctx.Planted.Add(new PlantedFinding("R10.6", Severity.Violation, village, null, $"第{current.Number}届于前一日届满，未换届"));
        }
        else if (EndsOnDataDay(village))
        {
            current.End = asOf;
        }
    }

    /// <summary>R1.4: the first township's current term ended the day before the data day with no next term; the
    /// second's ends on the data day itself, still in force.</summary>
    public static void TeamTermEnds(DemoContext ctx, IReadOnlyList<TownshipTerms> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var overdue = townships[0];
        overdue.Current.End = asOf.AddDays(-1);
        ctx.Planted.Add(new PlantedFinding("R1.4", Severity.Violation, overdue.Township, null, $"第{overdue.Current.Number}届于前一日届满，未换届"));
        if (townships.Count > 1)
        {
            townships[1].Current.End = asOf;
        }
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
