using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Core.Posts;

namespace Jiceng.Data.Demo;

/// <summary>District departments (区直部门), their leaders and staff; some staff came from a township (two-way exchange).</summary>
internal static class DepartmentBuilder
{
    /// <summary>Name and title of the principal. Codes are (county)9NN000, 1406039NN000 in 平鲁区, with NN the 1-based position here.</summary>
    private static readonly (string Name, string Head)[] Departments =
    [
        ("区委组织部", "部长"), ("区委办公室", "主任"), ("区政府办公室", "主任"), ("区财政局", "局长"),
        ("区人力资源和社会保障局", "局长"), ("区农业农村局", "局长"), ("区民政局", "局长"), ("区教育局", "局长"),
        ("区卫生健康局", "局长"), ("区自然资源局", "局长"), ("区住房和城乡建设局", "局长"), ("区水务局", "局长"),
        ("区交通运输局", "局长"), ("区应急管理局", "局长"), ("区市场监督管理局", "局长"),
    ];

    /// <summary>The departments of the small scale: organisation, natural resources, market regulation.</summary>
    private static readonly int[] SmallScale = [0, 9, 14];

    /// <summary>Departments with a dispatched agency in every township, and the agency's name.</summary>
    public static readonly (string Department, string Agency)[] DispatchedAgencies =
        [("区市场监督管理局", "市场监督管理所"), ("区自然资源局", "自然资源所")];

    public static List<OrgUnit> AddUnits(DemoContext ctx, OrgUnit district)
    {
        var indexes = ctx.Scale == DemoScale.District ? Enumerable.Range(0, Departments.Length) : SmallScale;
        var units = new List<OrgUnit>();
        foreach (var i in indexes)
        {
            var code = $"{district.Code[..6]}9{i + 1:00}000";
            units.Add(ctx.AddUnit(code, Departments[i].Name, OrgUnitKind.DistrictDepartment, district, units.Count + 1));
        }

        return units;
    }

    /// <summary>The principal's title in a department: 部长, 主任 or 局长.</summary>
    public static string HeadTitle(string department) =>
        Array.Find(Departments, d => string.Equals(d.Name, department, StringComparison.Ordinal)).Head ?? "局长";

    public static void AddStaff(DemoContext ctx, OrgUnit department, IReadOnlyList<OrgUnit> townships)
    {
        var random = ctx.Random;
        var asOf = DemoDistrictGenerator.DataAsOf;
        var head = HeadTitle(department.Name);

        var leaders = random.Between(1, 2);
        for (var i = 0; i < leaders; i++)
        {
            var cadre = ctx.AddCadre(Profiles.DepartmentLeader, department);
            var start = DemoRandom.Max(random.MonthStartBetween(new DateOnly(2018, 3, 1), new DateOnly(2025, 9, 1)), cadre.JoinedWorkOn!.Value.AddYears(8));
            ctx.AddPost(cadre, department, PostKind.DistrictDepartmentLeader, i == 0 ? head : "副" + head, start);
        }

        var staff = ctx.Scale == DemoScale.District ? random.Between(9, 11) : random.Between(3, 4);
        for (var i = 0; i < staff; i++)
        {
            var cadre = ctx.AddCadre(Profiles.DepartmentStaff, department);
            var joined = cadre.JoinedWorkOn!.Value;
            var start = random.Between(joined, DemoRandom.Min(joined.AddYears(12), asOf.AddDays(-90)));
            if (random.Chance(0.15) && start.AddYears(-2) > joined)
            {
                // Came from a township: the township post ends the day before the department post starts.
                var township = random.Pick(townships);
                var from = random.Between(DemoRandom.Max(joined, start.AddYears(-8)), start.AddYears(-2));
                ctx.AddPost(cadre, township, PostKind.TownshipOfficeStaff, null, from, start.AddDays(-1));
            }

            ctx.AddPost(cadre, department, PostKind.DistrictDepartmentStaff, null, start);
        }
    }
}
