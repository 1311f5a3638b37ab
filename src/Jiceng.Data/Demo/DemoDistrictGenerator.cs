using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// Generates the demo district 平鲁区 (山西省朔州市): its real townships and villages with made-up but realistic
/// cadres, terms and posts. Deterministic: the same scale and seed give the same objects in the same order.
/// </summary>
public static class DemoDistrictGenerator
{
    /// <summary>The day the demo data describes: ages, current terms and active posts are as of this day.</summary>
    public static readonly DateOnly DataAsOf = new(2026, 6, 30);

    /// <summary>Illustrative remote-and-hardship flags (艰苦边远) for the demo, not an official list.</summary>
    private static readonly string[] RemoteTownships = ["阻虎乡", "西水界乡", "下面高乡", "高石庄乡"];

    public static DemoDataset Generate(DemoScale scale, int seed = 2020)
    {
        if (scale is not (DemoScale.Small or DemoScale.District))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "Region and Province are written district by district by DemoProvinceSeeder.");
        }

        var ctx = new DemoContext(scale, seed);
        var geography = DistrictGeography.Load();
        if (scale == DemoScale.Small)
        {
            geography = [.. geography.Take(2)];
        }

        var province = ctx.AddUnit("140000000000", "山西省", OrgUnitKind.Province, null, 1);
        var city = ctx.AddUnit("140600000000", "朔州市", OrgUnitKind.City, province, 1);
        var district = ctx.AddUnit(DistrictGeography.DistrictCode, "平鲁区", OrgUnitKind.District, city, 1);
        return Generate(ctx, district, geography, IsListedRemote);
    }

    /// <summary>
    /// One district of a province at the <c>district</c> scale, under <paramref name="city"/> (already written: it is
    /// not part of the result). <paramref name="issuedIdNumbers"/> is shared by all districts of the province, so ID
    /// numbers stay unique across it.
    /// </summary>
    internal static DemoDataset GenerateDistrict(ProvinceGeography.DistrictRow row, OrgUnit city, int sortOrder, int seed, HashSet<long> issuedIdNumbers)
    {
        var ctx = new DemoContext(DemoScale.District, seed, row.Code[..6], issuedIdNumbers);
        var district = new OrgUnit { Code = row.Code, Name = row.Name, Kind = OrgUnitKind.District, Parent = city, SortOrder = sortOrder };
        ctx.OrgUnits.Add(district);
        var own = string.Equals(row.Code, DistrictGeography.DistrictCode, StringComparison.Ordinal);
        return Generate(ctx, district, row.Townships, own ? IsListedRemote : ProvinceGeography.IsRemote);
    }

    private static bool IsListedRemote(TownshipRow row) => RemoteTownships.Contains(row.Name, StringComparer.Ordinal);

    private static DemoDataset Generate(DemoContext ctx, OrgUnit district, IReadOnlyList<TownshipRow> geography, Func<TownshipRow, bool> isRemote)
    {
        var scale = ctx.Scale;
        var departments = DepartmentBuilder.AddUnits(ctx, district);

        var townships = new List<TownshipTerms>();
        var villages = new List<List<OrgUnit>>();
        foreach (var row in geography)
        {
            var township = ctx.AddUnit(row.Code, row.Name, DistrictGeography.TownshipKind(row.Name), district, departments.Count + townships.Count + 1);
            // The small demo's two townships include no listed one: its second stands in, so remote rules have a subject.
            township.IsRemoteHardship = isRemote(row) || (scale == DemoScale.Small && townships.Count == 1);
            townships.Add(TownshipBuilder.AddTerms(ctx, township));
            villages.Add([.. row.Villages.Select((v, i) => ctx.AddUnit(
                v.Code, DistrictGeography.VillageName(v.CommitteeName), DistrictGeography.VillageKind(v.CommitteeName), township, i + 1))]);
        }

        var townshipUnits = townships.Select(t => t.Township).ToList();
        foreach (var department in departments)
        {
            DepartmentBuilder.AddStaff(ctx, department, townshipUnits);
        }

        // About a third of the townships each have a vacant seat and a non-party deputy head.
        var third = Math.Max(1, townships.Count / 3);
        var withVacancy = Shuffled(ctx.Random, townships.Count).Take(third).ToHashSet();
        var withNonParty = Shuffled(ctx.Random, townships.Count).Take(third).ToHashSet();
        var agencies = DepartmentBuilder.DispatchedAgencies
            .Select(a => (Unit: departments.Find(d => string.Equals(d.Name, a.Department, StringComparison.Ordinal)), a.Agency))
            .Where(a => a.Unit is not null)
            .ToList();

        for (var i = 0; i < townships.Count; i++)
        {
            var own = townships[i];
            TownshipBuilder.AddLeadership(ctx, own, townships, departments, withVacancy.Contains(i), withNonParty.Contains(i));
            TownshipBuilder.AddStaff(ctx, own, townships);
            var (agencyUnit, agency) = agencies[i % agencies.Count];
            TownshipBuilder.AddDispatchedAgencyHead(ctx, own.Township, agencyUnit!, agency);
            foreach (var village in villages[i])
            {
                VillageBuilder.Add(ctx, village);
            }
        }

        TeamBuildingDemo.AddAppointments(ctx, townships, departments);
        Planting.TeamStructure(ctx, townships);
        Planting.Reappoint(ctx, townships);
        Planting.Tenure(ctx);
        Planting.TeamTermEnds(ctx, townships);
        foreach (var cadre in ctx.Cadres)
        {
            cadre.GrassrootsServiceSince = cadre.Posts
                .Where(p => p.Kind.IsTownshipPost() || p.Kind.IsVillagePost())
                .Select(p => (DateOnly?)p.Start)
                .Min();
        }

        // Moves change cadres' units and end their posts: everything that counts staff per unit (R3.1's staffing,
        // R4.1's rank holders and own staff) is planted after them, on the units the cadres end up in.
        MovePlanting.Plant(ctx, district, departments, townships);
        StaffingPlanting.Add(ctx, townshipUnits, departments);
        RankBuilder.Add(ctx, townshipUnits);
        CapabilityDemo.Add(ctx, district, townships);
        TeamBuildingDemo.AddPoolsAndCommendations(ctx, townships);
        AssessmentPlanting.Add(ctx, district, townships);
        ErrorTolerancePlanting.Add(ctx);
        BurdenPlanting.Add(ctx, townshipUnits, departments);
        PartyDevelopmentPlanting.Add(ctx, district);
        CarePlanting.Add(ctx, townshipUnits);
        GuaranteePlanting.Add(ctx);
        WellbeingPlanting.Add(ctx, district);
        VillagePayPlanting.Add(ctx, district, townshipUnits);
        ReserveDevelopmentPlanting.Add(ctx);

        var posts = new List<PostAssignment>();
        foreach (var cadre in ctx.Cadres)
        {
            cadre.Posts = [.. cadre.Posts.OrderBy(p => p.Start)];
            posts.AddRange(cadre.Posts);
        }

        return new DemoDataset(ctx.OrgUnits, ctx.Cadres, ctx.Terms, posts, ctx.Exemptions, ctx.Planted)
        {
            ReserveMemberships = ctx.ReserveMemberships, Establishments = ctx.Establishments, Positions = ctx.Positions, Agencies = ctx.Agencies,
            Ranks = ctx.Ranks, RankQuotas = ctx.RankQuotas, Moves = ctx.Moves, Wishes = ctx.Wishes,
            Trainings = ctx.Trainings, Secondments = ctx.Secondments,
            CandidatePoolEntries = ctx.CandidatePoolEntries, Commendations = ctx.Commendations,
            Grades = ctx.Grades, Awards = ctx.Awards, Disbursements = ctx.Disbursements, TownshipAssessments = ctx.TownshipAssessments,
            Sanctions = ctx.Sanctions, ToleranceCases = ctx.ToleranceCases, Accusations = ctx.Accusations,
            ResponsibilityItems = ctx.ResponsibilityItems, AssignedTasks = ctx.AssignedTasks, InspectionPlanItems = ctx.InspectionPlanItems,
            Inspections = ctx.Inspections, BurdenCounts = ctx.BurdenCounts, CareRecords = ctx.CareRecords,
            PartyMembers = ctx.PartyMembers, RecruitmentPlans = ctx.RecruitmentPlans,
            AssessmentSchemes = ctx.AssessmentSchemes,
            Insurances = ctx.Insurances, Incomes = ctx.Incomes, RewardPayments = ctx.RewardPayments, Fallen = ctx.Fallen,
            Facilities = ctx.Facilities, HousingUnits = ctx.HousingUnits, Occupancies = ctx.Occupancies, PlantedPreviousYearEnd = ctx.PlantedPreviousYearEnd,
            SubsidyPayments = ctx.SubsidyPayments, AnnualLeaves = ctx.AnnualLeaves, Postings = ctx.Postings, TripClaims = ctx.TripClaims,
            ReserveRecords = ctx.ReserveRecords, SpecialPosts = ctx.SpecialPosts,
        };
    }

    /// <summary>0 … count−1 in a random order (Fisher–Yates).</summary>
    private static int[] Shuffled(Random random, int count)
    {
        var items = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}
