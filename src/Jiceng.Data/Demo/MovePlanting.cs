using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M04Promotion;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// The demo district's moves (调动/交流) and transfer wishes, and the R3.2, R4.3 and R4.4 findings they make, worked out
/// here with plain date arithmetic from what was planted (never with the rules, their facts queries or helpers). The
/// values are the shipped example profile's; <c>PlantingAssumptionsTests</c> checks they still agree.
/// </summary>
internal static class MovePlanting
{
    public const int MinServiceYearsCivilServant = 5;
    public const int MinServiceYearsSelectedGraduate = 2;
    public const int LongServiceYearsRemote = 8;
    public const int WishResponseDays = 90;

    /// <summary>Plants the moves and wishes; runs after every cadre's grassroots service start is set.</summary>
    public static void Plant(DemoContext ctx, OrgUnit district, IReadOnlyList<OrgUnit> departments, IReadOnlyList<TownshipTerms> townships)
    {
        var t0 = townships[0].Township;
        var t1 = townships[1 % townships.Count].Township;
        var department = departments[0];
        var used = new HashSet<Cadre>();
        var asOf = DemoDistrictGenerator.DataAsOf;

        // R3.2, done: leaves the township one day before full five years (violation) / on the fifth anniversary (none).
        var breaks = OfficeStaff(ctx, t0, CadreCategory.TownshipCivilServant, used, new(2021, 3, 2));
        Done(ctx, breaks, t0, department, MoveDirection.TownshipToDepartment, new(2026, 3, 1), MoveKind.Exchange, "平组干字〔2026〕12号");
        ctx.Planted.Add(new PlantedFinding("R3.2", Severity.Violation, null, breaks, "2021-03-02起基层服务，2026-03-01调至区直部门，未满5年"));
        var keeps = OfficeStaff(ctx, t1, CadreCategory.TownshipCivilServant, used, new(2021, 4, 1));
        Done(ctx, keeps, t1, department, MoveDirection.TownshipToDepartment, new(2026, 4, 1), MoveKind.Transfer, "平组干字〔2026〕18号");

        // A move between townships stays in the grassroots; a long-serving civil servant may leave; a district organ cadre comes down.
        var between = OfficeStaff(ctx, t0, CadreCategory.TownshipCivilServant, used, new(2025, 1, 1));
        if (t1 != t0)
        {
            Done(ctx, between, t0, t1, MoveDirection.TownshipToTownship, new(2026, 2, 1), MoveKind.Exchange, "平组干字〔2026〕5号");
            ctx.AddPost(between, t1, PostKind.TownshipOfficeStaff, "党政综合办公室", new(2026, 2, 1));
        }

        var veteran = OfficeStaff(ctx, t1, CadreCategory.TownshipCivilServant, used, new(2012, 9, 1));
        Done(ctx, veteran, t1, department, MoveDirection.TownshipToDepartment, new(2026, 5, 6), MoveKind.Selection, "平组干字〔2026〕30号");
        var organ = ctx.Cadres.First(c => c.OrgUnit == department && c.Category == CadreCategory.DistrictOrganStaff
            && c.Posts.All(p => p.Kind == PostKind.DistrictDepartmentStaff && p.Start < new DateOnly(2026, 5, 1)));
        used.Add(organ);
        Done(ctx, organ, department, t1, MoveDirection.DepartmentToTownship, new(2026, 5, 1), MoveKind.Exchange, "平组干字〔2026〕26号");
        ctx.AddPost(organ, t1, PostKind.TownshipOfficeStaff, "党政综合办公室", new(2026, 5, 1));
        organ.GrassrootsServiceSince ??= new DateOnly(2026, 5, 1);

        // Done in 2025, before the evaluated year: history, not judged on the data day.
        var earlier = OfficeStaff(ctx, t0, CadreCategory.TownshipCivilServant, used, new(2022, 1, 1));
        Done(ctx, earlier, t0, department, MoveDirection.TownshipToDepartment, new(2025, 6, 1), MoveKind.Exchange, "平组干字〔2025〕21号");

        // R3.2, pending: a selected graduate one day short of two years (warning), another on the second anniversary (none),
        // a civil servant planned for next year while this one runs (warning), and a cancelled plan (nothing).
        // Selected graduates keep their own start: planned for the day before the second anniversary (or 2026-07-01
        // if that is past), and for the anniversary itself (or 2026-10-01).
        var graduate = OfficeStaff(ctx, t0, CadreCategory.SelectedGraduate, used, null);
        var graduateFull = Anniversary(graduate.GrassrootsServiceSince!.Value, MinServiceYearsSelectedGraduate);
        var graduatePlan = Later(graduateFull.AddDays(-1), new DateOnly(2026, 7, 1));
        Pending(ctx, graduate, t0, department, MoveDirection.TownshipToDepartment, graduatePlan, MoveStatus.Pending);
        if (graduatePlan < graduateFull)
        {
            ctx.Planted.Add(new PlantedFinding("R3.2", Severity.Warning, null, graduate, $"选调生拟于{graduatePlan:yyyy-MM-dd}调出，未满2年"));
        }

        var graduateOk = OfficeStaff(ctx, t1, CadreCategory.SelectedGraduate, used, null);
        var graduateOkPlan = Later(Anniversary(graduateOk.GrassrootsServiceSince!.Value, MinServiceYearsSelectedGraduate), new DateOnly(2026, 10, 1));
        Pending(ctx, graduateOk, t1, department, MoveDirection.TownshipToDepartment, graduateOkPlan, MoveStatus.Pending);
        var nextYear = OfficeStaff(ctx, t1, CadreCategory.TownshipCivilServant, used, new(2023, 1, 16));
        Pending(ctx, nextYear, t1, department, MoveDirection.TownshipToDepartment, new(2027, 1, 15), MoveStatus.Pending);
        ctx.Planted.Add(new PlantedFinding("R3.2", Severity.Warning, null, nextYear, "拟于2027-01-15调出，未满5年"));
        var dropped = OfficeStaff(ctx, t0, CadreCategory.TownshipCivilServant, used, new(2025, 3, 1));
        Pending(ctx, dropped, t0, department, MoveDirection.TownshipToDepartment, new(2026, 8, 1), MoveStatus.Cancelled);

        // R4.4: the example profile sets no yearly minimums, so the district's two counts are information.
        ctx.Planted.Add(new PlantedFinding("R4.4", Severity.Info, district, null, "乡镇→区直部门交流人数"));
        ctx.Planted.Add(new PlantedFinding("R4.4", Severity.Info, district, null, "区直部门→乡镇交流人数"));

        // R4.3 wishes: registered on d, due d + 90. Unanswered since 2026-03-31 (due 06-29): a warning on 06-30;
        // since 2026-04-01 (due 06-30): on time; answered ones are not judged, however late the answer came.
        Wish(ctx, OfficeStaff(ctx, t0, CadreCategory.TownshipCivilServant, used, null), new(2026, 3, 31), null, planted: true);
        Wish(ctx, OfficeStaff(ctx, t1, CadreCategory.TownshipCivilServant, used, null), new(2026, 4, 1), null, planted: false);
        Wish(ctx, OfficeStaff(ctx, t0, CadreCategory.TownshipCivilServant, used, null), new(2025, 11, 1), new(2026, 1, 10), planted: false);
        Wish(ctx, OfficeStaff(ctx, t1, CadreCategory.TownshipCivilServant, used, null), new(2025, 6, 1), new(2025, 10, 15), planted: false);

        LongServiceRemote(ctx, asOf);
    }

    /// <summary>
    /// R4.3 eligibility, counted independently: a cadre whose unit is a remote township, remote service from the later of
    /// the grassroots service start and the latest done move into a remote township from a unit that is not one,
    /// full eight years by the data day (the N-th anniversary).
    /// </summary>
    private static void LongServiceRemote(DemoContext ctx, DateOnly asOf)
    {
        static bool Remote(OrgUnit? u) => u is { IsRemoteHardship: true, Kind: OrgUnitKind.Township or OrgUnitKind.SubDistrict };
        foreach (var cadre in ctx.Cadres.Where(c => Remote(c.OrgUnit)))
        {
            var entered = ctx.Moves.Where(m => m.Cadre == cadre && m.Status == MoveStatus.Done && m.EffectiveOn <= asOf && Remote(m.ToOrgUnit) && !Remote(m.FromOrgUnit))
                .Select(m => (DateOnly?)m.EffectiveOn).Max();
            var since = new[] { cadre.GrassrootsServiceSince, entered }.Max();
            if (since is { } s && asOf >= Anniversary(s, LongServiceYearsRemote))
            {
                ctx.Planted.Add(new PlantedFinding("R4.3", Severity.Info, null, cadre, $"艰苦边远乡镇自{s:yyyy-MM-dd}起满{LongServiceYearsRemote}年"));
            }
        }
    }

    /// <summary>
    /// The first unused office cadre of the township and category holding only office posts (and, when
    /// <paramref name="since"/> is given, having joined work by then). With <paramref name="since"/>, the cadre's office
    /// history becomes one post in the township from that day, so the grassroots service start is that day.
    /// </summary>
    private static Cadre OfficeStaff(DemoContext ctx, OrgUnit township, CadreCategory category, HashSet<Cadre> used, DateOnly? since)
    {
        var cadre = ctx.Cadres.First(c => c.OrgUnit == township && c.Category == category && !used.Contains(c)
            && c.Posts.All(p => p.Kind == PostKind.TownshipOfficeStaff && p.Start < new DateOnly(2026, 1, 1))
            && (since is null || c.JoinedWorkOn <= since));
        used.Add(cadre);
        if (since is { } s)
        {
            var title = cadre.Posts.Select(p => p.Title).LastOrDefault();
            cadre.Posts.Clear();
            ctx.AddPost(cadre, township, PostKind.TownshipOfficeStaff, title, s);
            cadre.GrassrootsServiceSince = s;
        }

        return cadre;
    }

    /// <summary>The N-th anniversary, 29 February falling back to the 28th in a common year.</summary>
    private static DateOnly Anniversary(DateOnly from, int years)
    {
        var year = from.Year + years;
        return new DateOnly(year, from.Month, Math.Min(from.Day, DateTime.DaysInMonth(year, from.Month)));
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A done move: the cadre joins the unit and the posts held end the day before.</summary>
    private static void Done(DemoContext ctx, Cadre cadre, OrgUnit from, OrgUnit to, MoveDirection direction, DateOnly on, MoveKind kind, string document)
    {
        ctx.Moves.Add(new CadreMove
        {
            Cadre = cadre, FromOrgUnit = from, ToOrgUnit = to, Direction = direction, EffectiveOn = on, Kind = kind, Status = MoveStatus.Done,
            DocumentNumber = document,
        });
        cadre.OrgUnit = to;
        foreach (var post in cadre.Posts.Where(p => p.Start < on && (p.End is null || p.End >= on)))
        {
            post.End = on.AddDays(-1);
        }
    }

    private static void Pending(DemoContext ctx, Cadre cadre, OrgUnit from, OrgUnit to, MoveDirection direction, DateOnly on, MoveStatus status) =>
        ctx.Moves.Add(new CadreMove
        {
            Cadre = cadre, FromOrgUnit = from, ToOrgUnit = to, Direction = direction, EffectiveOn = on, Kind = MoveKind.Exchange, Status = status,
            Note = status == MoveStatus.Cancelled ? "经研究暂缓交流" : "拟交流至区直部门",
        });

    private static void Wish(DemoContext ctx, Cadre cadre, DateOnly registered, DateOnly? answered, bool planted)
    {
        ctx.Wishes.Add(new TransferWish
        {
            Cadre = cadre, RegisteredOn = registered, Destination = "区直部门或离家较近的乡镇", Reason = "在乡镇工作多年，家中老人需要照顾，希望交流到离家较近的单位",
            AnsweredOn = answered, Answer = answered is null ? null : "已纳入年度干部交流计划统筹考虑", AnsweredBy = answered is null ? null : "区委组织部干部科",
        });
        if (planted)
        {
            ctx.Planted.Add(new PlantedFinding("R4.3", Severity.Warning, null, cadre, $"{registered:yyyy-MM-dd}登记的交流意愿逾期未答复"));
        }
    }
}
