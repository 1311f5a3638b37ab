using Jiceng.Core.Common;
using Jiceng.Core.Measures.M02Capability;
using Jiceng.Data.Common;
using Jiceng.Data.Scope;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Measures.M02Capability;

/// <summary>
/// Recording trainings (培训) of cadres in the caller's scope: validated by <see cref="TrainingValidator"/>, the same
/// training (cadre, kind, title, start) entered twice is refused, updates carry their version, all of it audited.
/// </summary>
public static class TrainingCommands
{
    /// <summary>A cadre's trainings, latest first; null when the cadre is outside the scope.</summary>
    public static async Task<IReadOnlyList<TrainingRecord>?> ListForCadreAsync(JicengDbContext db, DataScope scope, int cadreId, CancellationToken ct = default) =>
        await db.Cadres.InScope(scope).AnyAsync(c => c.Id == cadreId, ct)
            ? await db.TrainingRecords.AsNoTracking().Where(t => t.CadreId == cadreId).OrderByDescending(t => t.Start).ThenByDescending(t => t.Id).ToListAsync(ct)
            : null;

    public static Task<TrainingRecord?> GetAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        db.TrainingRecords.AsNoTracking().InScope(db, scope).FirstOrDefaultAsync(t => t.Id == id, ct);

    public static Task<CommandResult<TrainingRecord>> AddAsync(JicengDbContext db, DataScope scope, TrainingInput input, CancellationToken ct = default) =>
        CadreRecordCommands.AddAsync(db, scope, input.CadreId, TrainingValidator.Validate(input), cadreId =>
        {
            var t = new TrainingRecord { CadreId = cadreId };
            Apply(t, input);
            return t;
        }, t => DuplicateAsync(db, t, ct), ct);

    public static Task<CommandResult<TrainingRecord>> UpdateAsync(
        JicengDbContext db, DataScope scope, int id, TrainingInput input, int? expectedVersion, CancellationToken ct = default) =>
        CadreRecordCommands.UpdateAsync<TrainingRecord>(db, scope, id, expectedVersion, TrainingValidator.Validate(input),
            t => Apply(t, input), t => DuplicateAsync(db, t, ct), ct);

    public static Task<bool> DeleteAsync(JicengDbContext db, DataScope scope, int id, CancellationToken ct = default) =>
        CadreRecordCommands.DeleteAsync<TrainingRecord>(db, scope, id, ct);

    private static void Apply(TrainingRecord t, TrainingInput input)
    {
        t.Kind = input.Kind!.Value;
        t.Title = input.Title!.Trim();
        t.Provider = input.Provider!.Trim();
        t.ProviderLevel = input.ProviderLevel!.Value;
        t.Start = input.Start!.Value;
        t.End = input.End!.Value;
        t.Days = input.Days!.Value;
        t.CertificateNumber = string.IsNullOrWhiteSpace(input.CertificateNumber) ? null : input.CertificateNumber.Trim();
    }

    private static async Task<FieldError?> DuplicateAsync(JicengDbContext db, TrainingRecord t, CancellationToken ct) =>
        await db.TrainingRecords.AnyAsync(o => o.CadreId == t.CadreId && o.Id != t.Id && o.Kind == t.Kind && o.Start == t.Start && o.Title == t.Title, ct)
            ? new FieldError("start", $"开始日期：该干部已有{Dates.Format(t.Start)}开始的同名同类培训记录")
            : null;
}
