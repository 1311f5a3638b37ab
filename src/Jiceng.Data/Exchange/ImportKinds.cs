using Jiceng.Data.Exchange.Kinds;

namespace Jiceng.Data.Exchange;

/// <summary>The kinds an import offers, in the order a district loads them on its first day. A kind keeps what one run
/// found, so every import gets a new instance from <see cref="Create"/>.</summary>
public static class ImportKinds
{
    private static readonly Func<ImportKind>[] Factories = [() => new OrgUnitImport(), () => new CadreImport(), () => new PostImport(), () => new TermImport(), () => new ReservePoolImport(), () => new GradeImport(), () => new FeedbackImport(), () => new BurdenCountImport(),
        () => new TalkImport(), () => new StationingImport(), () => new CheckupImport(), () => new IncidentImport(), () => new CareActivityImport(),
        () => new OneShoulderExemptionImport(), () => new PartyDevelopmentImport(), () => new TargetedRecruitmentImport(), () => new ReserveDevelopmentImport(),
        () => new SubsidyPaymentImport(), () => new PostingImport(), () => new TripClaimImport(), () => new AnnualLeaveImport(),
        () => new ResponsibilityItemImport(), () => new InspectionPlanImport(), () => new InspectionImport(), () => new AssignedTaskImport(), () => new BurdenReportImport(),
        () => new InsuranceImport(), () => new CollectiveIncomeImport(), () => new RewardPaymentImport(), () => new FacilityImport(), () => new HousingImport(),
        () => new VillagePaymentImport()];

    /// <summary>One instance of each kind, for names, labels and columns (templates, menus, help).</summary>
    public static IReadOnlyList<ImportKind> All { get; } = Factories.Select(f => f()).ToList();

    public static IReadOnlyList<string> Names { get; } = All.Select(k => k.Name).ToList();

    public static ImportKind? Create(string name) =>
        Factories.Select(f => f()).FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
