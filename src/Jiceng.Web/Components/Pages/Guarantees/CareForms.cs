using System.Globalization;
using Jiceng.Core.Common;
using Jiceng.Core.Measures.M08Guarantees;
using Jiceng.Data;
using Jiceng.Data.Common;
using Jiceng.Data.Measures.M08Guarantees;
using Jiceng.Data.Scope;
using Microsoft.Extensions.Localization;

namespace Jiceng.Web.Components.Pages.Guarantees;

/// <summary>
/// What the care pages' forms hold (dates as typed, yyyy-MM-dd) and how they are saved: through the same commands as
/// /api/v1 (<see cref="VillagePayCommands"/>, <see cref="FallenCommands"/>, <see cref="FacilitiesCommands"/>) in the
/// user's scope, so scope checks, Chinese field errors, versions and row audit are the API's. A date that is not
/// yyyy-MM-dd is refused before anything is saved (a blank optional date is simply none).
/// </summary>
public static class CareForms
{
    public sealed class IncomeForm
    {
        public int? Id { get; init; }
        public int? Version { get; init; }
        public int? VillageId { get; set; }
        public int? Year { get; set; }
        public decimal? OperatingIncomeYuan { get; set; }
        public decimal? NewRecurringIncomeYuan { get; set; }
    }

    public sealed class PaymentForm
    {
        public int? Id { get; init; }
        public int? Version { get; init; }
        public int? VillageId { get; set; }
        public int? CadreId { get; set; }
        public int? Year { get; set; }
        public decimal? Weight { get; set; }
        public decimal? AmountYuan { get; set; }
        public string? PaidOnText { get; set; }
    }

    public sealed class FallenForm
    {
        public int? UnitId { get; set; }
        public int? CadreId { get; set; }
        public string? DiedOnText { get; set; }
        public string? Circumstances { get; set; }
    }

    public sealed class FamilyForm
    {
        public string? Name { get; set; }
        public string? Relation { get; set; }
        public string? Phone { get; set; }
    }

    public sealed class VisitForm
    {
        public string? VisitedOnText { get; set; }
        public string? Visitor { get; set; }
        public string? Note { get; set; }
    }

    public sealed class FacilityForm
    {
        public int? Id { get; init; }
        public int? Version { get; init; }
        public int? TownshipId { get; set; }
        public FacilityKind? Kind { get; set; }
        public string? OpenedOnText { get; set; }
        public string? ClosedOnText { get; set; }
        public string? Note { get; set; }
    }

    public sealed class HousingForm
    {
        public int? TownshipId { get; set; }
        public string? Label { get; set; }
        public decimal? AreaM2 { get; set; }
    }

    public sealed class OccupancyForm
    {
        public int HousingId { get; init; }
        public int? CadreId { get; set; }
        public string? FromText { get; set; }
        public string? ToText { get; set; }
    }

    public sealed class EndForm
    {
        public int OccupancyId { get; init; }
        public int? Version { get; init; }
        public string? ToText { get; set; }
    }

    /// <summary>A form's outcome: the field errors to show (none: saved).</summary>
    public sealed record Outcome(IReadOnlyList<FieldError> Errors)
    {
        public bool Saved => Errors.Count == 0;
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Format errors of the typed dates (field, label key, text): a non-blank text that is no yyyy-MM-dd date.</summary>
    private static List<FieldError> DateErrors(IStringLocalizer l, params (string Field, string LabelKey, string? Text)[] dates) =>
        [.. dates.Where(d => !string.IsNullOrWhiteSpace(d.Text) && Day(d.Text) is null).Select(d => new FieldError(d.Field, l["DateFormatInvalid", l[d.LabelKey]]))];

    private static Outcome Of<T>(CommandResult<T> result, IStringLocalizer l) =>
        result.Conflict is not null || result.NotFound ? new Outcome([new FieldError("version", l["RecordChangedReload"])]) : new Outcome(result.Errors);

    public static async Task<Outcome> SaveIncomeAsync(JicengDbContext db, DataScope scope, IncomeForm f, DateOnly today, IStringLocalizer l, CancellationToken ct = default)
    {
        var input = new CollectiveIncomeInput(f.VillageId, f.Year, f.OperatingIncomeYuan, f.NewRecurringIncomeYuan);
        return Of(f.Id is { } id
            ? await VillagePayCommands.UpdateIncomeAsync(db, scope, id, input, f.Version, today, ct)
            : await VillagePayCommands.AddIncomeAsync(db, scope, input, today, ct), l);
    }

    public static async Task<Outcome> SavePaymentAsync(JicengDbContext db, DataScope scope, PaymentForm f, DateOnly today, IStringLocalizer l, CancellationToken ct = default)
    {
        if (DateErrors(l, ("paidOn", "CarePaidOn", f.PaidOnText)) is { Count: > 0 } bad)
        {
            return new Outcome(bad);
        }

        var input = new RewardPaymentInput(f.VillageId, f.CadreId, f.Year, f.Weight, f.AmountYuan, Day(f.PaidOnText));
        return Of(f.Id is { } id
            ? await VillagePayCommands.UpdatePaymentAsync(db, scope, id, input, f.Version, today, ct)
            : await VillagePayCommands.AddPaymentAsync(db, scope, input, today, ct), l);
    }

    public static async Task<Outcome> SaveFallenAsync(JicengDbContext db, DataScope scope, FallenForm f, DateOnly today, IStringLocalizer l, CancellationToken ct = default)
    {
        if (DateErrors(l, ("diedOn", "CareDiedOn", f.DiedOnText)) is { Count: > 0 } bad)
        {
            return new Outcome(bad);
        }

        return Of(await FallenCommands.AddAsync(db, scope, new FallenCadreInput(f.CadreId, Day(f.DiedOnText), f.Circumstances), today, ct), l);
    }

    public static async Task<Outcome> SaveFamilyAsync(JicengDbContext db, DataScope scope, int fallenId, FamilyForm f, IStringLocalizer l, CancellationToken ct = default) =>
        Of(await FallenCommands.AddFamilyMemberAsync(db, scope, fallenId, new FamilyMemberInput(f.Name, f.Relation, f.Phone), ct), l);

    public static async Task<Outcome> SaveVisitAsync(JicengDbContext db, DataScope scope, int fallenId, VisitForm f, DateOnly today, IStringLocalizer l, CancellationToken ct = default)
    {
        if (DateErrors(l, ("visitedOn", "CareVisitedOn", f.VisitedOnText)) is { Count: > 0 } bad)
        {
            return new Outcome(bad);
        }

        return Of(await FallenCommands.AddVisitAsync(db, scope, fallenId, new CareVisitInput(Day(f.VisitedOnText), f.Visitor, f.Note), today, ct), l);
    }

    public static async Task<Outcome> SaveFacilityAsync(JicengDbContext db, DataScope scope, FacilityForm f, DateOnly today, IStringLocalizer l, CancellationToken ct = default)
    {
        if (DateErrors(l, ("openedOn", "CareOpenedOn", f.OpenedOnText), ("closedOn", "CareClosedOn", f.ClosedOnText)) is { Count: > 0 } bad)
        {
            return new Outcome(bad);
        }

        var input = new FacilityInput(f.TownshipId, f.Kind, Day(f.OpenedOnText), Day(f.ClosedOnText), f.Note);
        return Of(f.Id is { } id
            ? await FacilitiesCommands.UpdateAsync(db, scope, id, input, f.Version, today, ct)
            : await FacilitiesCommands.AddAsync(db, scope, input, today, ct), l);
    }

    public static async Task<Outcome> SaveHousingAsync(JicengDbContext db, DataScope scope, HousingForm f, IStringLocalizer l, CancellationToken ct = default) =>
        Of(await FacilitiesCommands.AddHousingAsync(db, scope, new HousingUnitInput(f.TownshipId, f.Label, f.AreaM2), ct), l);

    public static async Task<Outcome> SaveOccupancyAsync(JicengDbContext db, DataScope scope, OccupancyForm f, DateOnly today, IStringLocalizer l, CancellationToken ct = default)
    {
        if (DateErrors(l, ("from", "CareFrom", f.FromText), ("to", "CareTo", f.ToText)) is { Count: > 0 } bad)
        {
            return new Outcome(bad);
        }

        return Of(await FacilitiesCommands.AddOccupancyAsync(db, scope, f.HousingId, new OccupancyInput(f.CadreId, Day(f.FromText), Day(f.ToText)), today, ct), l);
    }

    public static async Task<Outcome> SaveEndAsync(JicengDbContext db, DataScope scope, EndForm f, IStringLocalizer l, CancellationToken ct = default)
    {
        if (DateErrors(l, ("to", "CareMoveOutOn", f.ToText)) is { Count: > 0 } bad)
        {
            return new Outcome(bad);
        }

        return Of(await FacilitiesCommands.EndOccupancyAsync(db, scope, f.OccupancyId, Day(f.ToText), f.Version, ct), l);
    }
}
