using Jiceng.Core.Common;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>
/// Recording secondments (挂职) of cadres in the caller's scope: validated by <see cref="SecondmentValidator"/>; one
/// cadre's secondments may not overlap (a second one while the first lasts is refused); updates carry their version.
/// </summary>
public static class SecondmentCommands
{
    /// <summary>A cadre's secondments, latest first; null when the cadre is outside the scope.</summary>
    public static async Task<IReadOnlyList<Secondment>?> ListForCadreAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct)
            ? await db.Secondments.AsNoTracking().Where(s => s.CadreId == cadreId).OrderByDescending(s => s.Start).ToListAsync(ct)
            : null;

    public static Task<Secondment?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.Secondments.AsNoTracking().InScope(db, scope).FirstOrDefaultAsync(s => s.Id == id, ct);

    public static Task<CommandResult<Secondment>> AddAsync(JicengDbContext db, DataScope scope, SecondmentInput input, CancellationToken ct = default) =>
        CadreRecordCommands.AddAsync(db, scope, input.CadreId, SecondmentValidator.Validate(input), cadreId =>
        {
            var s = new Secondment { CadreId = cadreId };
            Apply(s, input);
            return s;
        }, s => OverlapAsync(db, s, ct), ct);

    public static Task<CommandResult<Secondment>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, SecondmentInput input, int? expectedVersion, CancellationToken ct = default) =>
        CadreRecordCommands.UpdateAsync<Secondment>(db, scope, id, expectedVersion, SecondmentValidator.Validate(input),
            s => Apply(s, input), s => OverlapAsync(db, s, ct), ct);

    public static Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        CadreRecordCommands.DeleteAsync<Secondment>(db, scope, id, ct);

    private static void Apply(Secondment s, SecondmentInput input)
    {
        s.Place = input.Place!.Trim();
        s.Destination = input.Destination!.Value;
        s.Level = input.Level!.Value;
        s.PostTitle = string.IsNullOrWhiteSpace(input.PostTitle) ? null : input.PostTitle.Trim();
        s.Start = input.Start!.Value;
        s.End = input.End;
    }

    private static async Task<FieldError?> OverlapAsync(JicengDbContext db, Secondment s, CancellationToken ct)
    {
        var end = s.End ?? DateOnly.MaxValue;
        var other = await db.Secondments.AsNoTracking()
            .Where(o => o.CadreId == s.CadreId && o.Id != s.Id && o.Start <= end && (o.End == null || o.End >= s.Start))
            .Select(o => new { o.Place, o.Start }).FirstOrDefaultAsync(ct);
        return other is null ? null
            : new FieldError("start", $"挂职开始日期：与该干部自{Dates.Format(other.Start)}起在{other.Place}的挂职时间重叠，同一时间只能有一项挂职");
    }
}
