using Jiceng.Core.Cadres;
using Jiceng.Core.Findings;
using Jiceng.Core.Measures.M03Staffing;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>
/// Clause 三 demo records — establishments, recruitment positions, dispatched agencies and the decisions about their
/// heads — and the findings of R3.1, R3.3 and R3.4 they contain, counted here with plain arithmetic (never with the
/// rules, their facts queries or <see cref="EstablishmentKinds"/>). Runs after every cadre exists, since R3.1 counts them.
/// </summary>
internal static class StaffingPlanting
{
    /// <summary>The example profile's P3.exam_ratio_remote and P3.exam_ratio (a test checks they agree).</summary>
    public const int ExamRatioRemote = 2;
    public const int ExamRatio = 3;

    /// <summary>The categories on 行政编制 and on 事业编制, written out again for the planting's own count.</summary>
    private static readonly CadreCategory[] OnAdministrative = [CadreCategory.TownshipCivilServant, CadreCategory.SelectedGraduate, CadreCategory.DistrictOrganStaff];
    private static readonly CadreCategory[] OnInstitution = [CadreCategory.TownshipInstitutionStaff];

    private static readonly DateOnly Approved2021 = new(2021, 1, 1);
    private static readonly DateOnly Approved2024 = new(2024, 1, 1);

    public static void Add(DemoContext ctx, IReadOnlyList<OrgUnit> townships, IReadOnlyList<OrgUnit> departments)
    {
        Establishments(ctx, townships, departments);
        Positions(ctx, townships);
        Agencies(ctx, townships);
    }

    /// <summary>
    /// R3.1: every township gets both kinds and every department 行政编制, approved 2024 (replacing a 2021 approval
    /// that ended on 2023-12-31). Most units have 0–3 vacancies, every fifth is exactly full, and the second township
    /// (行政编制) and the first department are over by one and two: the planted violations.
    /// </summary>
    private static void Establishments(DemoContext ctx, IReadOnlyList<OrgUnit> townships, IReadOnlyList<OrgUnit> departments)
    {
        var n = 0;
        void Add(OrgUnit unit, EstablishmentKind kind, CadreCategory[] categories, int over)
        {
            var staff = ctx.Cadres.Count(c => c.OrgUnit == unit && categories.Contains(c.Category));
            var approved = over > 0 ? Math.Max(0, staff - over) : n++ % 5 == 0 ? staff : staff + ctx.Random.Next(1, 4);
            ctx.Establishments.Add(new EstablishmentQuota
            {
                OrgUnit = unit, Kind = kind, Approved = approved + 2, From = Approved2021, To = Approved2024.AddDays(-1), Document = "平编发〔2021〕3号",
            });
            ctx.Establishments.Add(new EstablishmentQuota { OrgUnit = unit, Kind = kind, Approved = approved, From = Approved2024, Document = "平编发〔2024〕1号" });
            if (staff > approved)
            {
                ctx.Planted.Add(new PlantedFinding("R3.1", Severity.Violation, unit, null, $"实有{staff}人，编制{approved}名"));
            }
        }

        for (var i = 0; i < townships.Count; i++)
        {
            Add(townships[i], EstablishmentKind.Administrative, OnAdministrative, over: i == 1 ? 1 : 0);
            Add(townships[i], EstablishmentKind.Institution, OnInstitution, over: 0);
        }

        for (var i = 0; i < departments.Count; i++)
        {
            Add(departments[i], EstablishmentKind.Administrative, OnAdministrative, over: i == 0 ? 2 : 0);
        }
    }

    private static readonly string[] PositionTitles = ["综合管理", "党建工作", "乡村振兴", "财务会计", "社会事务", "应急管理"];

    /// <summary>
    /// R3.4: two positions per township in 2025 and 2026. Remote townships use the remote ratio (2:1), and relax age
    /// and education; in 2026 the first remote township's second position is opened at 3:1 (a planted warning), while
    /// a 2025 position at 3:1 belongs to last year and a plain township's 3:1 is not judged.
    /// </summary>
    private static void Positions(DemoContext ctx, IReadOnlyList<OrgUnit> townships)
    {
        var firstRemote = townships.FirstOrDefault(t => t.IsRemoteHardship);
        var t = 0;
        foreach (var township in townships)
        {
            foreach (var year in new[] { 2025, 2026 })
            {
                for (var i = 0; i < 2; i++)
                {
                    var remote = township.IsRemoteHardship;
                    var aboveRemote = remote && i == 1 && (year == 2025 || township == firstRemote);
                    var ratio = !remote ? ExamRatio : aboveRemote ? ExamRatioRemote + 1 : ExamRatioRemote - (i + t) % 2;
                    ctx.Positions.Add(new RecruitmentPosition
                    {
                        OrgUnit = township, Year = year, Title = PositionTitles[(t + i + year) % PositionTitles.Length], Hires = 1 + ((t + i) % 2),
                        ExamRatio = ratio, AnyMajor = remote || i == 0, RelaxedEducation = remote, RelaxedAge = remote && i == 0,
                    });
                    if (year == 2026 && remote && ratio > ExamRatioRemote)
                    {
                        ctx.Planted.Add(new PlantedFinding("R3.4", Severity.Warning, township, null, $"开考比例{ratio}:1"));
                    }
                }
            }

            t++;
        }
    }

    /// <summary>
    /// R3.3: each township's dispatched-agency head post gets its agency, the head's appointment and the yearly
    /// assessments of January 2025 and 2026. The township's opinion is on record a few days before, or on the day
    /// itself; in 2026 the first township's assessment has no opinion and the third's opinion came a day late (the
    /// planted violations). A 2025 decision without opinion is last year's and not judged in 2026.
    /// </summary>
    private static void Agencies(DemoContext ctx, IReadOnlyList<OrgUnit> townships)
    {
        for (var i = 0; i < townships.Count; i++)
        {
            var township = townships[i];
            var head = ctx.Cadres.SelectMany(c => c.Posts).FirstOrDefault(p => p.OrgUnit == township && p.Kind == PostKind.DispatchedAgencyHead);
            if (head is null)
            {
                continue;
            }

            var agency = new DispatchedAgency
            {
                Name = head.Title!.EndsWith("所长", StringComparison.Ordinal) ? head.Title[..^2] : head.Title,
                Township = township, Department = head.Cadre!.OrgUnit, From = new DateOnly(2010, 1, 1),
            };
            ctx.Agencies.Add(agency);
            void Decide(AgencyHeadEventKind kind, DateOnly date, int? opinionDaysBefore)
            {
                DateOnly? on = opinionDaysBefore is { } d ? date.AddDays(-d) : null;
                agency.HeadEvents.Add(new AgencyHeadEvent
                {
                    Cadre = head.Cadre, Kind = kind, Date = date, OpinionOn = on, Opinion = on is null ? null : TownshipOpinion.Agree,
                    OpinionText = on is null ? null : "经乡镇党委会议研究，同意",
                });
                var judged = date.Year == DemoDistrictGenerator.DataAsOf.Year && date <= DemoDistrictGenerator.DataAsOf;
                if (judged && (on is null || on > date))
                {
                    ctx.Planted.Add(new PlantedFinding("R3.3", Severity.Violation, township, null, $"{agency.Name}负责人{Core.Common.Dates.Format(date)}未及时征求乡镇意见"));
                }
            }

            Decide(AgencyHeadEventKind.Appointment, head.Start, ctx.Random.Next(0, 15));
            var assessed2025 = new DateOnly(2025, 1, 20);
            if (head.Start < assessed2025)
            {
                Decide(AgencyHeadEventKind.Assessment, assessed2025, i == 2 ? null : 5);
            }

            var assessed2026 = new DateOnly(2026, 1, 20);
            if (head.Start < assessed2026)
            {
                Decide(AgencyHeadEventKind.Assessment, assessed2026, i switch { 0 => null, 2 => -1, 1 => 0, _ => 3 + (i % 5) });
            }
        }
    }
}
