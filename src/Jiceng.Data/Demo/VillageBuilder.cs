using Jiceng.Core.Cadres;
using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>A village's two committees (11th and current 12th term), its ecological village chief, college-graduate official and reserves.</summary>
internal static class VillageBuilder
{
    /// <summary>The 10th term ran three years (2018–2020), before village terms became five years long.</summary>
    public static readonly DateOnly OlderStart = new(2018, 1, 1);

    public static readonly DateOnly PreviousStart = new(2021, 1, 1);
    public static readonly DateOnly CurrentStart = new(2026, 1, 1);

    /// <summary>The reserve pools were last renewed at the start of 2024.</summary>
    public static readonly DateOnly ReservePoolRenewed = new(2024, 1, 1);

    public static void Add(DemoContext ctx, OrgUnit village)
    {
        var random = ctx.Random;
        var asOf = DemoDistrictGenerator.DataAsOf;
        var community = village.Kind == OrgUnitKind.Community;
        var committeeMembers = random.Chance(0.3) ? 3 : 2;
        (PostKind, int)[] seats =
        [
            (PostKind.VillagePartySecretary, 1), (PostKind.VillageCommitteeDirector, 1),
            (PostKind.VillagePartyCommitteeMember, 2), (PostKind.VillageCommitteeMember, committeeMembers),
        ];
        var older = ctx.AddTerm(village, TermBody.VillageTwoCommittees, 10, OlderStart, PreviousStart.AddDays(-1), seats);
        var previous = ctx.AddTerm(village, TermBody.VillageTwoCommittees, 11, PreviousStart, CurrentStart.AddDays(-1), seats);
        var current = ctx.AddTerm(village, TermBody.VillageTwoCommittees, 12, CurrentStart, new DateOnly(2030, 12, 31), seats);

        // Elected with the term, or in a by-election a few months later.
        var start = random.Chance(0.95) ? CurrentStart : random.MonthStartBetween(new DateOnly(2026, 2, 1), new DateOnly(2026, 5, 1));
        var reelected = start == CurrentStart;

        var secretary = ctx.AddCadre(Profiles.VillageMain, village);
        var wasSecretary = reelected && random.Chance(0.7);
        if (wasSecretary)
        {
            Seat(ctx, secretary, village, PostKind.VillagePartySecretary, previous, PreviousStart, community);
            if (random.Chance(0.6))
            {
                // Already secretary in the 10th term; 一肩挑 was less common before the 2021 elections.
                Seat(ctx, secretary, village, PostKind.VillagePartySecretary, older, OlderStart, community);
                if (random.Chance(0.5))
                {
                    Seat(ctx, secretary, village, PostKind.VillageCommitteeDirector, older, OlderStart, community);
                }
            }
        }
        else if (reelected && random.Chance(0.5))
        {
            Seat(ctx, secretary, village, random.Chance(0.5) ? PostKind.VillageCommitteeDirector : PostKind.VillagePartyCommitteeMember, previous, PreviousStart, community);
        }

        Seat(ctx, secretary, village, PostKind.VillagePartySecretary, current, start, community);

        // 一肩挑: in most villages the secretary is also the committee director (a second post of the same cadre).
        if (random.Chance(0.9))
        {
            if (wasSecretary && random.Chance(0.8))
            {
                Seat(ctx, secretary, village, PostKind.VillageCommitteeDirector, previous, PreviousStart, community);
            }

            Seat(ctx, secretary, village, PostKind.VillageCommitteeDirector, current, start, community);
        }
        else
        {
            var director = ctx.AddCadre(Profiles.VillageMain, village);
            Member(ctx, director, village, PostKind.VillageCommitteeDirector, older, previous, current, start, community);
            Planting.NotOneShoulder(ctx, village, secretary);
        }

        var members = new List<Cadre>();
        for (var i = 0; i < 2; i++)
        {
            var cadre = ctx.AddCadre(Profiles.VillagePartyMember, village);
            Member(ctx, cadre, village, PostKind.VillagePartyCommitteeMember, older, previous, current, start, community);
            members.Add(cadre);
        }

        for (var i = 0; i < committeeMembers; i++)
        {
            var cadre = ctx.AddCadre(Profiles.VillageCommitteeMember, village);
            Member(ctx, cadre, village, PostKind.VillageCommitteeMember, older, previous, current, start, community);
            members.Add(cadre);
        }

        if (random.Chance(0.9))
        {
            // Usually a committee member takes the ecological village chief post as an extra duty.
            var chief = random.Chance(0.7) ? random.Pick(members) : ctx.AddCadre(Profiles.VillageCommitteeMember, village);
            var since = DemoRandom.Max(random.MonthStartBetween(new DateOnly(2023, 3, 1), new DateOnly(2026, 3, 1)), chief.JoinedWorkOn!.Value);
            ctx.AddPost(chief, village, PostKind.EcologicalVillageChief, "生态村长", since);
        }
        else
        {
            Planting.NoEcoChief(ctx, village);
        }

        if (random.Chance(0.2))
        {
            var official = ctx.AddCadre(Profiles.CollegeGraduateOfficial, village);
            var joined = official.JoinedWorkOn!.Value;
            var since = random.Between(DemoRandom.Max(joined, asOf.AddYears(-3)), asOf.AddDays(-60));
            ctx.AddPost(official, village, PostKind.CollegeGraduateVillageOfficial, "大学生村官", DemoRandom.Max(since, joined));
        }

        var reserves = Planting.Reserves(ctx, village, current.TotalSeats, judged: !Planting.IsOverdueVillage(village));
        for (var i = 0; i < reserves; i++)
        {
            var reserve = ctx.AddCadre(Profiles.ReserveCadre, village);
            // In the pool since they started work or since the pool was last renewed (2024), whichever is later.
            ctx.ReserveMemberships.Add(new ReservePoolMembership
            {
                Cadre = reserve, OrgUnit = village, From = DemoRandom.Max(reserve.JoinedWorkOn!.Value, ReservePoolRenewed),
            });
            if (random.Chance(0.5))
            {
                var joined = reserve.JoinedWorkOn!.Value;
                var since = random.Between(DemoRandom.Max(joined, new DateOnly(2024, 1, 1)), asOf.AddDays(-60));
                ctx.AddPost(reserve, village, PostKind.ReserveSpecialPost, "后备干部特设岗位", DemoRandom.Max(since, joined));
            }
        }

        FormerReserves(ctx, village, members);
        Planting.VillageTermEnd(ctx, village, current);
    }

    /// <summary>Committee members first elected in 2026 who had been reserves: they left the pool the day before (past years still count them).</summary>
    private static void FormerReserves(DemoContext ctx, OrgUnit village, List<Cadre> members)
    {
        foreach (var cadre in members.Where(c => c.Posts.All(p => p.Start >= CurrentStart)).Take(1))
        {
            ctx.ReserveMemberships.Add(new ReservePoolMembership
            {
                Cadre = cadre, OrgUnit = village, From = DemoRandom.Max(cadre.JoinedWorkOn!.Value, PreviousStart.AddYears(1)),
                To = CurrentStart.AddDays(-1), LeaveReason = "当选村“两委”成员",
            });
        }
    }

    /// <summary>A member of the current committees who, about half the time, also held the same seat in the previous term (and then, half the time, in the one before).</summary>
    private static void Member(DemoContext ctx, Cadre cadre, OrgUnit village, PostKind kind, Term older, Term previous, Term current, DateOnly start, bool community)
    {
        if (start == CurrentStart && ctx.Random.Chance(0.5))
        {
            var from = ctx.Random.Chance(0.85) ? PreviousStart : ctx.Random.MonthStartBetween(new DateOnly(2021, 3, 1), new DateOnly(2024, 6, 1));
            Seat(ctx, cadre, village, kind, previous, from, community);
            if (from == PreviousStart && ctx.Random.Chance(0.5))
            {
                Seat(ctx, cadre, village, kind, older, OlderStart, community);
            }
        }

        Seat(ctx, cadre, village, kind, current, start, community);
    }

    /// <summary>A seat of a term held from <paramref name="start"/> to the term's end, or on for the current term.
    /// Only a previous-term seat can be full or over before the cadre's start: then the cadre did not hold it.</summary>
    private static void Seat(DemoContext ctx, Cadre cadre, OrgUnit village, PostKind kind, Term term, DateOnly start, bool community)
    {
        // Not before the cadre started work: someone who started late joined the previous committees late, or not at all.
        start = DemoRandom.Max(start, cadre.JoinedWorkOn!.Value);
        if (start > term.End || !ctx.TryTakeSeat(term, kind))
        {
            return;
        }

        DateOnly? end = term.End < DemoDistrictGenerator.DataAsOf ? term.End : null;
        ctx.AddPost(cadre, village, kind, Title(kind, community), start, end, term);
    }

    private static string Title(PostKind kind, bool community) => (kind, community) switch
    {
        (PostKind.VillagePartySecretary, false) => "村党支部书记",
        (PostKind.VillagePartySecretary, true) => "社区党组织书记",
        (PostKind.VillageCommitteeDirector, false) => "村委会主任",
        (PostKind.VillageCommitteeDirector, true) => "居委会主任",
        (PostKind.VillagePartyCommitteeMember, false) => "村党支部委员",
        (PostKind.VillagePartyCommitteeMember, true) => "社区党组织委员",
        (PostKind.VillageCommitteeMember, false) => "村委会委员",
        (PostKind.VillageCommitteeMember, true) => "居委会委员",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a two-committees seat"),
    };
}
