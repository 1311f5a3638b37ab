using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M01TeamBuilding;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// Clause 一's demo records: township candidate pools, commendations, and this year's new leadership-team members,
/// with the R1.2 and R1.3 findings they make planted from the generator's own choices (dates written out here, never
/// read from the rules or their facts queries).
/// </summary>
internal static class TeamBuildingDemo
{
    /// <summary>The day the outgoing holders leave and the new members' posts end the day before.</summary>
    private static readonly DateOnly AppointedOn = new(2026, 3, 1);

    private const string DistrictBody = "中共平鲁区委、平鲁区人民政府";

    /// <summary>
    /// R1.2: three new members appointed on 1 March of the data year, each replacing a party-committee member of the
    /// current term: from the pool (institution staff), from a district department (no pool entry), and from the pool
    /// with no earlier post (an enterprise head), to the first three townships (the first twice in a district of two),
    /// so each of those townships gets one info finding (no other team post of the demo begins in the data year).
    /// </summary>
    public static void AddAppointments(DemoContext ctx, IReadOnlyList<TownshipTerms> townships, IReadOnlyList<OrgUnit> departments)
    {
        var end = AppointedOn.AddDays(-1);
        var first = townships[0];
        var second = townships[1 % townships.Count];

        var fromInstitution = Appoint(ctx, first);
        ctx.AddPost(fromInstitution, first.Township, PostKind.TownshipInstitutionStaff, "便民服务中心", EarlierStart(fromInstitution), end);
        AddEntry(ctx, fromInstitution, first.Township, CandidateSource.TownshipInstitutionStaff, new DateOnly(2024, 9, 1), end, CandidateLeaveReason.Appointed, "提拔为党委委员");
        // Commended before leaving the pool appointed: the commendation is used, so R1.3 finds nothing.
        AddCommendation(ctx, fromInstitution, "2024年度巩固拓展脱贫攻坚成果先进个人", CommendationKind.PovertyAlleviation, DistrictBody, AwardLevel.District, new DateOnly(2025, 6, 1));

        var fromDepartment = Appoint(ctx, second);
        ctx.AddPost(fromDepartment, departments[0], PostKind.DistrictDepartmentStaff, null, EarlierStart(fromDepartment), end);

        var third = townships.Count > 2 ? townships[2] : first;
        var fromEnterprise = Appoint(ctx, third);
        AddEntry(ctx, fromEnterprise, third.Township, CandidateSource.EnterpriseInstitutionLeader,
            new DateOnly(2025, 3, 1), end, CandidateLeaveReason.Appointed, "原区属国有企业负责人");

        var appointedIn = new[] { first, second, third }.Select(t => t.Township).Distinct();
        foreach (var township in appointedIn)
        {
            ctx.Planted.Add(new PlantedFinding("R1.2", Severity.Info, township, null, "本年新任班子成员"));
        }
    }

    /// <summary>
    /// Ordinary pools and commendations for every township, and R1.3's plants: of the township's institution staff,
    /// one commended this year and on the list (no finding), one commended last year and not on it (a warning), one
    /// commended on 31 December three years back (outside the window), one with an old commendation of 2021. In the
    /// first township one more commended on 1 January two years back (the window's first day: a warning); in the second
    /// one who left the pool withdrawn after the commendation (a warning).
    /// </summary>
    public static void AddPoolsAndCommendations(DemoContext ctx, IReadOnlyList<TownshipTerms> townships)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var windowStart = new DateOnly(asOf.Year - 2, 1, 1);
        for (var i = 0; i < townships.Count; i++)
        {
            var township = townships[i].Township;
            var staff = ctx.Cadres.Where(c => c.OrgUnit == township && c.Posts.Any(p => p.Kind == PostKind.TownshipInstitutionStaff && p.IsActiveOn(asOf)))
                .Take(6).ToList();
            var secretaries = ctx.Cadres.Where(c => c.Posts.Any(p => p.Kind == PostKind.VillagePartySecretary && p.IsActiveOn(asOf) && p.OrgUnit!.Parent == township))
                .Take(3).ToList();
            var graduates = ctx.Cadres.Where(c => c.Posts.Any(p => p.Kind == PostKind.CollegeGraduateVillageOfficial && p.IsActiveOn(asOf) && p.OrgUnit!.Parent == township))
                .Take(1).ToList();

            foreach (var (secretary, n) in secretaries.Select((c, n) => (c, n)))
            {
                var withdrawn = n == 2;
                AddEntry(ctx, secretary, township, CandidateSource.OutstandingVillageCadre, new DateOnly(2023, 4 + n, 1),
                    withdrawn ? new DateOnly(2025, 10, 31) : null, withdrawn ? CandidateLeaveReason.Withdrawn : null, withdrawn ? "本人申请退出" : null);
            }

            foreach (var graduate in graduates)
            {
                AddEntry(ctx, graduate, township, CandidateSource.CollegeGraduateVillageOfficial, new DateOnly(2024, 11, 1), null, null, null);
            }

            if (staff.Count < 4)
            {
                continue;
            }

            AddEntry(ctx, staff[0], township, CandidateSource.TownshipInstitutionStaff, new DateOnly(2025, 3, 1), null, null, null);
            AddCommendation(ctx, staff[0], "2025年度全区巩固拓展脱贫攻坚成果先进个人", CommendationKind.PovertyAlleviation, DistrictBody, AwardLevel.District, new DateOnly(asOf.Year, 2, 10));

            AddCommendation(ctx, staff[1], "2024年度全市脱贫攻坚成果巩固先进工作者", CommendationKind.PovertyAlleviation, "中共朔州市委、朔州市人民政府", AwardLevel.City, new DateOnly(asOf.Year - 1, 3, 15));
            ctx.Planted.Add(new PlantedFinding("R1.3", Severity.Warning, null, staff[1], "去年受脱贫攻坚表彰，未列入推荐提拔人选名单"));

            AddCommendation(ctx, staff[2], "2023年度全区脱贫攻坚成果巩固先进个人", CommendationKind.PovertyAlleviation, DistrictBody, AwardLevel.District, windowStart.AddDays(-1));
            AddCommendation(ctx, staff[3], "山西省脱贫攻坚先进个人", CommendationKind.PovertyAlleviation, "中共山西省委、山西省人民政府", AwardLevel.Provincial, new DateOnly(2021, 2, 25));
            AddCommendation(ctx, staff[3], "全区优秀共产党员", CommendationKind.PartyBuilding, "中共平鲁区委", AwardLevel.District, new DateOnly(asOf.Year - 1, 6, 28));

            if (i == 0 && staff.Count > 4)
            {
                AddCommendation(ctx, staff[4], "全区脱贫攻坚成果巩固先进个人", CommendationKind.PovertyAlleviation, DistrictBody, AwardLevel.District, windowStart);
                ctx.Planted.Add(new PlantedFinding("R1.3", Severity.Warning, null, staff[4], "窗口首日受脱贫攻坚表彰，未列入名单"));
            }
            else if (i == 1 && staff.Count > 4)
            {
                AddCommendation(ctx, staff[4], "全区脱贫攻坚成果巩固先进个人", CommendationKind.PovertyAlleviation, DistrictBody, AwardLevel.District, new DateOnly(asOf.Year - 1, 5, 20));
                AddEntry(ctx, staff[4], township, CandidateSource.TownshipInstitutionStaff, new DateOnly(asOf.Year - 1, 6, 1), new DateOnly(asOf.Year, 1, 31), CandidateLeaveReason.Withdrawn, "工作调整");
                ctx.Planted.Add(new PlantedFinding("R1.3", Severity.Warning, null, staff[4], "受表彰后退出人选库"));
            }
            else if (staff.Count > 4)
            {
                AddCommendation(ctx, staff[4], "全区乡村振兴先进个人", CommendationKind.RuralRevitalization, DistrictBody, AwardLevel.District, new DateOnly(asOf.Year - 1, 1, 20));
            }
        }
    }

    /// <summary>A new cadre takes over the current-term post of a party-committee member, who leaves the day before.</summary>
    private static Cadre Appoint(DemoContext ctx, TownshipTerms own)
    {
        var asOf = DemoDistrictGenerator.DataAsOf;
        var outgoing = ctx.Cadres.SelectMany(c => c.Posts)
            .Where(p => p.Term == own.Current && p.Kind == PostKind.TownshipPartyCommitteeMember && p.IsActiveOn(asOf) && p.Start < AppointedOn)
            .OrderBy(p => p.Title, StringComparer.Ordinal).First();
        outgoing.End = AppointedOn.AddDays(-1);
        var cadre = ctx.AddCadre(Profiles.TownshipLeader, own.Township);
        ctx.AddPost(cadre, own.Township, outgoing.Kind, outgoing.Title, AppointedOn, term: own.Current);
        return cadre;
    }

    /// <summary>An earlier post began a year after joining work, and no later than 2020.</summary>
    private static DateOnly EarlierStart(Cadre cadre) => DemoRandom.Min(cadre.JoinedWorkOn!.Value.AddYears(1), new DateOnly(2020, 3, 1));

    private static void AddEntry(
        DemoContext ctx, Cadre cadre, OrgUnit township, CandidateSource source, DateOnly from, DateOnly? to, CandidateLeaveReason? reason, string? note) =>
        ctx.CandidatePoolEntries.Add(new CandidatePoolEntry { Cadre = cadre, OrgUnit = township, Source = source, From = from, To = to, LeaveReason = reason, Note = note });

    private static void AddCommendation(DemoContext ctx, Cadre cadre, string title, CommendationKind kind, string body, AwardLevel level, DateOnly on) =>
        ctx.Commendations.Add(new Commendation { Cadre = cadre, Title = title, Kind = kind, AwardingBody = body, Level = level, AwardedOn = on });
}
