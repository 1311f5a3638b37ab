using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>A township with its previous (6th) and current (7th) leadership-team terms.</summary>
internal sealed record TownshipTerms(OrgUnit Township, Term Previous, Term Current);

/// <summary>Township leadership teams, office and institution staff, and dispatched-agency heads.</summary>
internal static class TownshipBuilder
{
    public static readonly DateOnly PreviousStart = new(2016, 9, 1);
    public static readonly DateOnly CurrentStart = new(2021, 9, 1);

    /// <summary>Seats of a leadership team; one title per seat. 〈长〉 is 镇长, 乡长 or 主任 (街道).</summary>
    private static readonly (PostKind Kind, string[] Titles)[] Seats =
    [
        (PostKind.TownshipPartySecretary, ["党委书记"]),
        (PostKind.TownshipHead, ["党委副书记、〈长〉"]),
        (PostKind.TownshipPartyDeputySecretary, ["党委专职副书记", "党委副书记、政法委员"]),
        (PostKind.TownshipDeputyHead, ["党委委员、副〈长〉", "副〈长〉", "副〈长〉"]),
        (PostKind.TownshipPartyCommitteeMember, ["党委委员、组织委员", "党委委员、宣传委员", "党委委员、武装部长"]),
        (PostKind.TownshipDisciplineSecretary, ["党委委员、纪委书记"]),
        (PostKind.TownshipCongressChair, ["人大主席"]),
    ];

    /// <summary>The posts a leader may have held before: a step below, or the same.</summary>
    private static readonly (PostKind Kind, PostKind[] Earlier)[] Promotions =
    [
        (PostKind.TownshipPartySecretary, [PostKind.TownshipHead, PostKind.TownshipPartyDeputySecretary]),
        (PostKind.TownshipHead, [PostKind.TownshipPartyDeputySecretary, PostKind.TownshipDeputyHead]),
        (PostKind.TownshipPartyDeputySecretary, [PostKind.TownshipDeputyHead, PostKind.TownshipPartyCommitteeMember]),
        (PostKind.TownshipDeputyHead, [PostKind.TownshipPartyCommitteeMember, PostKind.TownshipOfficeStaff]),
        (PostKind.TownshipPartyCommitteeMember, [PostKind.TownshipOfficeStaff]),
        (PostKind.TownshipDisciplineSecretary, [PostKind.TownshipPartyCommitteeMember]),
        (PostKind.TownshipCongressChair, [PostKind.TownshipDeputyHead, PostKind.TownshipPartyDeputySecretary]),
    ];

    private static readonly string[] Offices =
        ["党政综合办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室", "自然资源和生态环境办公室"];

    private static readonly string[] Institutions =
        ["便民服务中心", "农业综合服务中心", "社会事务综合服务中心", "综合行政执法队", "党群服务中心", "退役军人服务站", "文化站", "财政所"];

    public static TownshipTerms AddTerms(DemoContext ctx, OrgUnit township)
    {
        var seats = Seats.Select(s => (s.Kind, s.Titles.Length)).ToArray();
        var previous = ctx.AddTerm(township, TermBody.TownshipLeadershipTeam, 6, PreviousStart, CurrentStart.AddDays(-1), seats);
        var current = ctx.AddTerm(township, TermBody.TownshipLeadershipTeam, 7, CurrentStart, new DateOnly(2026, 8, 31), seats);
        return new TownshipTerms(township, previous, current);
    }

    /// <summary>Fills the current term's seats, leaving one empty when <paramref name="vacancy"/>.</summary>
    public static void AddLeadership(
        DemoContext ctx, TownshipTerms own, IReadOnlyList<TownshipTerms> all, IReadOnlyList<OrgUnit> departments, bool vacancy, bool nonPartyDeputy)
    {
        var random = ctx.Random;
        var slots = Seats.SelectMany(s => s.Titles.Select((title, i) => (s.Kind, Index: i, Title: title))).ToList();
        var vacant = vacancy
            ? random.Pick(slots.Where(s => s is { Kind: PostKind.TownshipDeputyHead, Index: 1 } or { Kind: PostKind.TownshipPartyCommitteeMember, Index: > 0 }).ToList())
            : default;
        var longTenure = random.Chance(0.5) ? random.Pick(slots.Where(s => !s.Kind.IsTownshipHead()).ToList()) : default;

        foreach (var slot in slots)
        {
            if (vacancy && slot == vacant)
            {
                continue;
            }

            // The last deputy-head seat is the one a non-party deputy takes.
            var nonParty = nonPartyDeputy && slot is { Kind: PostKind.TownshipDeputyHead, Index: 2 };
            var profile = slot.Kind.IsTownshipHead() ? Profiles.TownshipHead : nonParty ? Profiles.NonPartyDeputy : Profiles.TownshipLeader;
            var cadre = ctx.AddCadre(profile, own.Township);
            var joined = cadre.JoinedWorkOn!.Value;
            var isLong = slot == longTenure;

            // Most were appointed when the term began, some during it; a long-tenure holder kept the post across the change of term.
            var start = isLong ? random.MonthStartBetween(new DateOnly(2018, 3, 1), new DateOnly(2021, 5, 1))
                : random.Chance(0.65) ? CurrentStart
                : random.MonthStartBetween(new DateOnly(2021, 10, 1), new DateOnly(2025, 12, 1));
            start = DemoRandom.Max(start, joined.AddYears(1));

            if (!isLong && !nonParty && random.Chance(0.4))
            {
                AddEarlierPost(ctx, cadre, slot.Kind, start, own, all, departments);
            }

            ctx.TryTakeSeat(own.Current, slot.Kind);
            ctx.AddPost(cadre, own.Township, slot.Kind, Title(slot.Title, own.Township), start, term: own.Current);
        }
    }

    /// <summary>A post held before the current one, ending the day before it: in the previous term here or elsewhere, or in a department.</summary>
    private static void AddEarlierPost(
        DemoContext ctx, Cadre cadre, PostKind kind, DateOnly start, TownshipTerms own, IReadOnlyList<TownshipTerms> all, IReadOnlyList<OrgUnit> departments)
    {
        var random = ctx.Random;
        var end = start.AddDays(-1);
        var latest = start.AddYears(-2);
        var earliest = DemoRandom.Max(cadre.JoinedWorkOn!.Value.AddYears(1), start.AddYears(-5));
        var roll = random.NextDouble();

        if (start == CurrentStart && roll < 0.7)
        {
            // Previous term: a step below in this township, or the same or a step below in another.
            var elsewhere = roll >= 0.4 && all.Count > 1;
            var from = elsewhere ? random.Pick(all.Where(t => t != own).ToList()) : own;
            var earlier = Array.Find(Promotions, p => p.Kind == kind).Earlier;
            var earlierKind = elsewhere && random.Chance(0.5) ? kind : random.Pick(earlier);
            earliest = DemoRandom.Max(earliest, PreviousStart);
            if (earliest > latest)
            {
                return;
            }

            if (earlierKind == PostKind.TownshipOfficeStaff)
            {
                ctx.AddPost(cadre, from.Township, earlierKind, random.Pick(Offices), random.Between(earliest, latest), end);
            }
            else if (ctx.TryTakeSeat(from.Previous, earlierKind))
            {
                var title = Seats.First(s => s.Kind == earlierKind).Titles[0];
                ctx.AddPost(cadre, from.Township, earlierKind, Title(title, from.Township), random.Between(earliest, latest), end, from.Previous);
            }

            return;
        }

        if (earliest <= latest)
        {
            var department = random.Pick(departments);
            var leader = kind is PostKind.TownshipPartySecretary or PostKind.TownshipHead or PostKind.TownshipPartyDeputySecretary;
            ctx.AddPost(cadre, department, leader ? PostKind.DistrictDepartmentLeader : PostKind.DistrictDepartmentStaff,
                leader ? "副" + DepartmentBuilder.HeadTitle(department.Name) : null, random.Between(earliest, latest), end);
        }
    }

    public static void AddStaff(DemoContext ctx, TownshipTerms own, IReadOnlyList<TownshipTerms> all)
    {
        var random = ctx.Random;
        var township = own.Township;
        var district = ctx.Scale == DemoScale.District;

        var office = district ? random.Between(35, 45) : random.Between(8, 12);
        var selected = district ? random.Between(1, 3) : 1;
        for (var i = 0; i < office; i++)
        {
            var cadre = ctx.AddCadre(i < selected ? Profiles.SelectedGraduate : Profiles.OfficeStaff, township);
            var joined = cadre.JoinedWorkOn!.Value;
            var start = i < selected ? joined : random.Between(joined, DemoRandom.Min(joined.AddYears(10), DemoDistrictGenerator.DataAsOf.AddDays(-90)));
            if (i >= selected && all.Count > 1 && random.Chance(0.1) && start.AddYears(-2) > joined)
            {
                // Transferred from another township.
                var from = random.Pick(all.Where(t => t != own).ToList()).Township;
                var begin = random.Between(DemoRandom.Max(joined, start.AddYears(-8)), start.AddYears(-2));
                ctx.AddPost(cadre, from, PostKind.TownshipOfficeStaff, random.Pick(Offices), begin, start.AddDays(-1));
            }

            ctx.AddPost(cadre, township, PostKind.TownshipOfficeStaff, random.Pick(Offices), start);
        }

        var institution = district ? random.Between(25, 35) : random.Between(6, 9);
        for (var i = 0; i < institution; i++)
        {
            var cadre = ctx.AddCadre(Profiles.InstitutionStaff, township);
            var joined = cadre.JoinedWorkOn!.Value;
            var start = random.Between(joined, DemoRandom.Min(joined.AddYears(10), DemoDistrictGenerator.DataAsOf.AddDays(-90)));
            ctx.AddPost(cadre, township, PostKind.TownshipInstitutionStaff, random.Pick(Institutions), start);
        }
    }

    /// <summary>The head of a department's agency in the township; the cadre belongs to the department.</summary>
    public static void AddDispatchedAgencyHead(DemoContext ctx, OrgUnit township, OrgUnit department, string agency)
    {
        var random = ctx.Random;
        var cadre = ctx.AddCadre(Profiles.DispatchedAgencyHead, department);
        var start = DemoRandom.Max(
            random.MonthStartBetween(new DateOnly(2013, 3, 1), new DateOnly(2025, 12, 1)),
            cadre.JoinedWorkOn!.Value.AddYears(3));
        ctx.AddPost(cadre, township, PostKind.DispatchedAgencyHead, $"{ShortName(township)}{agency}所长", start);
    }

    private static string Title(string template, OrgUnit township)
    {
        var head = township.Kind switch
        {
            OrgUnitKind.SubDistrict => "主任",
            OrgUnitKind.Province or OrgUnitKind.City or OrgUnitKind.District or OrgUnitKind.DistrictDepartment
                or OrgUnitKind.Township or OrgUnitKind.Village or OrgUnitKind.Community => township.Name[^1] + "长",
        };
        return template.Replace("〈长〉", head, StringComparison.Ordinal);
    }

    /// <summary>井坪镇 → 井坪, 白堂乡 → 白堂: agency names use the place name without its level.</summary>
    private static string ShortName(OrgUnit township) =>
        township.Kind == OrgUnitKind.SubDistrict ? township.Name[..^2] : township.Name[..^1];
}
