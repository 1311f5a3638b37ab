using Jiceng.Core.Common;
using Jiceng.Data.Measures.M08Guarantees;

namespace Jiceng.Web.Export;

/// <summary>
/// The yearly village cadre pay and insurance sheet (村干部报酬与保险) as xlsx: its columns, and the page's download
/// /village-cadres/pay/export?year=&amp;villageId= (the same audited export as /api/v1/village-pay/sheet/xlsx).
/// </summary>
public static class VillagePayExport
{
    public static void MapVillagePayExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/village-cadres/pay/export", Api.VillagePayApi.VillagePaySheetXlsx).RequireAuthorization().ExcludeFromDescription();

    public static IReadOnlyList<XlsxColumn<VillagePaySheetRow>> Columns { get; } =
    [
        new("乡镇（街道）", r => r.TownshipName),
        new("村（社区）", r => r.VillageName),
        new("姓名", r => r.CadreName),
        new("职务", r => r.Posts),
        new("月基本报酬标准（元）", r => r.Standard?.MonthlyYuan),
        new("标准执行起始日", r => r.Standard?.From),
        new("本年已发基本报酬（元）", r => r.RemunerationPaid),
        new("已发报酬月数", r => r.RemunerationMonths),
        new("交通补贴标准（元/月）", r => r.TransportStandard),
        new("本年已发交通补贴（元）", r => r.TransportPaid),
        new("通讯补贴标准（元/月）", r => r.PhoneStandard),
        new("本年已发通讯补贴（元）", r => r.PhonePaid),
        new("养老保险个人缴费（元）", r => r.PensionContribution),
        new("养老保险缴费补助（元）", r => r.PensionWorking?.Amount),
        new("补助计算过程", r => r.PensionWorking is { } w ? string.Join("；", w.Steps) : null),
        new("意外伤害保险期间", r => string.Join("；", r.AccidentCovers.Select(c => $"{Dates.Format(c.From)}至{(c.To is { } t ? Dates.Format(t) : "今")}"))),
        new("R8.3 意外险", r => !r.ServingOnDay ? "已离任" : r.AccidentInForce ? "在保" : "未在保（违反）"),
    ];
}
