using Jiceng.Data.Exchange.Kinds;

namespace Jiceng.Data.Exchange;

/// <summary>The kinds an import offers, in the order a district loads them on its first day. A kind keeps what one run
/// found, so every import gets a new instance from <see cref="Create"/>.</summary>
public static class ImportKinds
{
    private static readonly Func<ImportKind>[] Factories =
    [
        // A district's first day: units, people, posts, terms; then the yearly records.
        () => new OrgUnitImport(), () => new CadreImport(), () => new PostImport(), () => new TermImport(), () => new ReservePoolImport(),
        () => new GradeImport(), () => new FeedbackImport(),
        // Clause 六: lists before tasks, the plan before inspections (rows refer to stored records by natural key).
        () => new BurdenCountImport(), () => new ResponsibilityItemImport(), () => new AssignedTaskImport(), () => new InspectionPlanImport(),
        () => new InspectionImport(), () => new BurdenReportImport(),
        // Clause 八: postings before their claims; fallen cadres before their families and visits.
        () => new SubsidyPaymentImport(), () => new PostingImport(), () => new TripClaimImport(), () => new AnnualLeaveImport(),
        () => new InsuranceImport(), () => new VillagePaymentImport(), () => new CollectiveIncomeImport(), () => new RewardPaymentImport(),
        () => new FacilityImport(), () => new HousingImport(),
        () => new FallenImport(), () => new FallenFamilyImport(), () => new FamilyVisitImport(),
        // Clause 九.
        () => new TalkImport(), () => new StationingImport(), () => new CheckupImport(), () => new IncidentImport(), () => new CareActivityImport(),
        // Clause 十 (the reserve pool is above, with the first day's records).
        () => new OneShoulderExemptionImport(), () => new PartyDevelopmentImport(), () => new TargetedRecruitmentImport(), () => new ReserveDevelopmentImport(),
    ];

    /// <summary>One instance of each kind, for names, labels and columns (templates, menus, help).</summary>
    public static IReadOnlyList<ImportKind> All { get; } = Factories.Select(f => f()).ToList();

    public static IReadOnlyList<string> Names { get; } = All.Select(k => k.Name).ToList();

    public static ImportKind? Create(string name) =>
        Factories.Select(f => f()).FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
