using Jiceng.Core.Measures.M10VillageCadres;
using Jiceng.Core.Org;

namespace Jiceng.Data.Demo;

/// <summary>
/// The demo district's clause 十 reserve development: every reserve in a pool on the data day attended one or two
/// trainings and about half took part in village affairs, dated inside their stretch in the pool; every township keeps
/// one special reserve post (定岗不定人) held by a reserve of one of its villages, and every fourth village one of its
/// own, left vacant. No rule reads these records, so nothing is planted. A random of its own keeps the rest of the
/// demo data as it was.
/// </summary>
internal static class ReserveDevelopmentPlanting
{
    public static readonly DateOnly PostsSetUp = new(2024, 3, 1);

    private static readonly string[] Trainings =
        ["村级后备干部示范培训班", "乡镇党校村级后备干部轮训", "乡村振兴专题培训", "基层治理能力提升培训", "农村电商实用技术培训"];

    private static readonly decimal[] Hours = [8m, 16m, 24m, 40m];

    private static readonly string[] Works =
        ["协助开展村“两委”换届选举", "参与村务监督委员会工作", "协助人居环境整治", "参与防汛值守", "协助村集体经济项目申报"];

    public static void Add(DemoContext ctx)
    {
        var random = new Random(1010);
        var dataDay = DemoDistrictGenerator.DataAsOf;
        var current = ctx.ReserveMemberships.Where(m => m.IsInPoolOn(dataDay)).ToList();
        var index = 0;
        foreach (var m in current)
        {
            var from = DemoRandom.Max(m.From, dataDay.AddYears(-2));
            for (var i = random.Between(1, 2); i > 0; i--)
            {
                ctx.ReserveRecords.Add(new ReserveDevelopmentRecord
                {
                    Membership = m, Kind = ReserveDevelopmentKind.Training, On = random.Between(from, dataDay),
                    Content = random.Pick(Trainings), Hours = random.Pick(Hours),
                });
            }

            if (index++ % 2 == 0)
            {
                ctx.ReserveRecords.Add(new ReserveDevelopmentRecord
                {
                    Membership = m, Kind = ReserveDevelopmentKind.Participation, On = random.Between(from, dataDay), Content = random.Pick(Works),
                });
            }
        }

        foreach (var township in ctx.OrgUnits.Where(u => u.Kind.IsTownshipLevel()))
        {
            var post = new SpecialReservePost { OrgUnit = township, Name = "村级后备干部特设岗位（乡村振兴）", From = PostsSetUp };
            if (current.Where(m => ReferenceEquals(m.OrgUnit?.Parent, township)).OrderBy(m => m.From).FirstOrDefault() is { } holder)
            {
                post.Fills.Add(new SpecialReservePostFill { Membership = holder, From = DemoRandom.Max(holder.From, PostsSetUp).AddDays(30) });
            }

            ctx.SpecialPosts.Add(post);
        }

        foreach (var village in ctx.OrgUnits.Where(u => u.Kind.IsVillageLevel()).Where((_, i) => i % 4 == 0))
        {
            ctx.SpecialPosts.Add(new SpecialReservePost { OrgUnit = village, Name = "村务助理特设岗位", From = PostsSetUp });
        }
    }
}
