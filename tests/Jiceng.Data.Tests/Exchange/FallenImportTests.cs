using Jiceng.Core.Common;
using Jiceng.Data.Measures.M08Guarantees;
using Microsoft.EntityFrameworkCore;
using static Jiceng.Data.Tests.Exchange.CareImportTesting;

namespace Jiceng.Data.Tests.Exchange;

/// <summary>
/// Clause 八's cadres who died on duty as import kinds (fallen-cadres, fallen-family, family-care-visits): each bad file
/// stores nothing and names each refused cell (the API validators' checks, a cadre out of scope or not recorded as
/// fallen); good files commit with exact counts, the visits are what R8.5's yearly count sees, and a re-import is
/// unchanged (a changed phone is one update). No export exists: the family is an audited read, record by record.
/// </summary>
public abstract class FallenImportTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Died = new(2025, 5, 1);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> FallenRow(Core.Cadres.Cadre c, object? diedOn, string? circumstances) =>
        Row(("idNumber", c.IdNumber.Value), ("name", c.Name), ("diedOn", diedOn), ("circumstances", circumstances));

    private static Dictionary<string, object?> MemberRow(Core.Cadres.Cadre c, string? member, string? relation, string? phone) =>
        Row(("idNumber", c.IdNumber.Value), ("name", c.Name), ("memberName", member), ("relation", relation), ("phone", phone));

    private static Dictionary<string, object?> VisitRow(Core.Cadres.Cadre c, DateOnly on, string visitor) =>
        Row(("idNumber", c.IdNumber.Value), ("name", c.Name), ("visitedOn", on), ("visitor", visitor), ("note", "送去慰问金并了解家庭困难"));

    private static async Task<List<string>> StoredAsync(JicengDbContext db, IEnumerable<int> cadreIds) =>
        (await db.FallenCadres.AsNoTracking().Where(f => cadreIds.Contains(f.CadreId)).Include(f => f.Family).Include(f => f.Visits).AsSplitQuery().ToListAsync(Ct))
            .SelectMany(f => new[] { $"{f.CadreId}|{f.DiedOn}|{f.Circumstances}" }
                .Concat(f.Family.Select(m => $"{f.CadreId}|{m.Name}|{m.Relation}|{m.Phone}"))
                .Concat(f.Visits.Select(v => $"{f.CadreId}|{v.VisitedOn}|{v.Visitor}|{v.Note}")))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task FallenCadres_Families_AndVisits_AreImportedAllOrNothing_RefusedCellByCell()
    {
        await using var db = (await fixture.GetAsync()).NewContext();
        var p = await PlacesAsync(db, Ct);
        // Three cadres of the user's township the demo did not record as fallen (the test removes what it adds).
        var cadres = await db.Cadres.AsNoTracking().Where(c => c.OrgUnit!.Path.StartsWith(p.Town.Path) && !db.FallenCadres.Any(f => f.CadreId == c.Id))
            .OrderBy(c => c.Id).Take(3).ToListAsync(Ct);
        var (a, b, c) = (cadres[0], cadres[1], cadres[2]);
        int[] ids = [a.Id, b.Id, c.Id];
        try
        {
            var badFallen = new[]
            {
                FallenRow(a, Died, "抗洪抢险中牺牲"),
                FallenRow(b, Today.AddDays(1), "抗洪抢险中牺牲"),
                FallenRow(c, Died, new string('险', 501)),
                FallenRow(p.Outsider, Died, "抗洪抢险中牺牲"),
            };
            var refused = await ImportAsync(db, p.Scope, "fallen-cadres", badFallen, Ct);
            Assert.False(refused.Committed);
            Assert.Equal([(3, "殉职日期", Dates.Format(Today.AddDays(1))), (4, "殉职经过", new string('险', 501)), (5, "身份证号码", p.Outsider.IdNumber.Masked)],
                Cells(refused));
            Assert.Contains("不能晚于今天", Reason(refused, 3), StringComparison.Ordinal);
            Assert.Contains("最多500个字", Reason(refused, 4), StringComparison.Ordinal);
            Assert.Contains("管理范围", Reason(refused, 5), StringComparison.Ordinal);
            Assert.Empty(await StoredAsync(db, ids));

            Dictionary<string, object?>[] fallen = [FallenRow(a, Died, "抗洪抢险中牺牲"), FallenRow(b, Died.AddDays(10), "下村途中遭遇车祸")];
            var committed = await ImportAsync(db, p.Scope, "fallen-cadres", fallen, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((2, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            var again = await ImportAsync(db, p.Scope, "fallen-cadres", fallen, Ct);
            Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

            var badFamily = new[] { MemberRow(a, "王秀兰", "配偶", "13800000000"), MemberRow(a, "李小明", null, null), MemberRow(c, "张三", "子女", null) };
            refused = await ImportAsync(db, p.Scope, "fallen-family", badFamily, Ct);
            Assert.False(refused.Committed);
            Assert.Equal([(3, "与殉职干部关系", null), (4, "身份证号码", c.IdNumber.Masked)], Cells(refused));
            Assert.Contains("未登记为因公殉职", Reason(refused, 4), StringComparison.Ordinal);

            Dictionary<string, object?>[] family = [MemberRow(a, "王秀兰", "配偶", "13800000000"), MemberRow(a, "李小明", "子女", null), MemberRow(b, "赵桂英", "母亲", null)];
            committed = await ImportAsync(db, p.Scope, "fallen-family", family, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((3, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            family[2]["phone"] = "13900000000";
            again = await ImportAsync(db, p.Scope, "fallen-family", family, Ct);
            Assert.Equal((0, 1, 2), (again.Created, again.Updated, again.Unchanged));

            var badVisits = new[]
            {
                VisitRow(a, Died.AddDays(-1), "镇党委"), VisitRow(b, Today.AddDays(1), "镇党委"), VisitRow(c, Died, "镇党委"), VisitRow(a, Died.AddMonths(1), "镇党委"),
            };
            refused = await ImportAsync(db, p.Scope, "family-care-visits", badVisits, Ct);
            Assert.False(refused.Committed);
            Assert.Equal([(2, "走访日期", Dates.Format(Died.AddDays(-1))), (3, "走访日期", Dates.Format(Today.AddDays(1))), (4, "身份证号码", c.IdNumber.Masked)],
                Cells(refused));
            Assert.Contains("不能早于殉职日期", Reason(refused, 2), StringComparison.Ordinal);

            Dictionary<string, object?>[] visits = [VisitRow(a, Died.AddMonths(1), "镇党委"), VisitRow(a, new DateOnly(2026, 1, 10), "镇党委"), VisitRow(a, new DateOnly(2026, 1, 10), "区委组织部"), VisitRow(b, new DateOnly(2026, 2, 1), "镇党委")];
            committed = await ImportAsync(db, p.Scope, "family-care-visits", visits, Ct);
            Assert.True(committed.Committed, string.Join("\n", committed.Errors));
            Assert.Equal((4, 0, 0), (committed.Created, committed.Updated, committed.Unchanged));
            again = await ImportAsync(db, p.Scope, "family-care-visits", visits, Ct);
            Assert.Equal((0, 0, 4), (again.Created, again.Updated, again.Unchanged));

            // What R8.5 counts: 2026's visits per fallen cadre, and the family recorded.
            var list = (await FallenCommands.ListAsync(db, p.Scope, 2026, Ct)).Where(r => ids.Contains(r.CadreId)).OrderBy(r => r.CadreId).ToList();
            Assert.Equal([(a.Id, 2, 2), (b.Id, 1, 1)], list.Select(r => (r.CadreId, r.FamilyMembers, r.VisitsInYear)).ToList());
            Assert.Equal(2 + 3 + 4, (await StoredAsync(db, ids)).Count); // records, members, visits
        }
        finally
        {
            await db.FamilyCareVisits.Where(v => ids.Contains(v.FallenCadre!.CadreId)).ExecuteDeleteAsync(Ct);
            await db.FallenCadreFamilyMembers.Where(m => ids.Contains(m.FallenCadre!.CadreId)).ExecuteDeleteAsync(Ct);
            await db.FallenCadres.Where(f => ids.Contains(f.CadreId)).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class SqliteFallenImportTests(SqliteFixture f) : FallenImportTests(f), IClassFixture<SqliteFixture>;

public sealed class PostgresFallenImportTests(PostgresFixture f) : FallenImportTests(f), IClassFixture<PostgresFixture>;
