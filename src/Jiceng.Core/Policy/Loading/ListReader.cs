using Jiceng.Core.Cadres;

namespace Jiceng.Core.Policy.Loading;

/// <summary>Reads the list-valued parameters: P8.subsidies and P8.leave_tiers.</summary>
internal sealed class ListReader(ProblemList problems)
{
    private static readonly string[] SubsidyFields = ["name", "applies_to", "old", "new", "effective"];
    private static readonly string[] TierFields = ["from_years", "days"];
    private static readonly string[] CategoryLabels = [.. Enum.GetValues<CadreCategory>().Select(c => c.Label())];

    private readonly FieldReader _fields = new(problems);
    private readonly ScalarReader _scalars = new(problems);

    /// <summary>A list of <c>{name, applies_to: [类别…], old, new, effective}</c>; names unique.</summary>
    public SubsidyStandards? Subsidies(YNode node, string id)
    {
        if (Items(node, id, "补贴标准列表") is not { } items)
        {
            return null;
        }

        var result = new List<SubsidyStandard>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (item, n) in items.Select((item, i) => (item, i + 1)))
        {
            var what = $"第 {n} 项补贴";
            if (_fields.Read(item, id, what, "映射 {name, applies_to, old, new, effective}", SubsidyFields) is not { } f)
            {
                ok = false;
                continue;
            }

            var name = f.TryGetValue("name", out var nameNode) ? _scalars.Text(nameNode, id, $"{what}的名称 name") : null;
            if (name is not null && nameNode is not null && !names.TryAdd(name, n))
            {
                problems.Add(ProfileProblemKind.DuplicateKey, nameNode.At, id, $"补贴名称“{name}”重复（第 {names[name]} 项已有）");
                name = null;
            }

            var categories = f.TryGetValue("applies_to", out var c) ? Categories(c, id, what) : null;
            var old = f.TryGetValue("old", out var o) ? _scalars.Decimal(o, id, $"{what}的原标准 old", ParameterType.Money) : null;
            var @new = f.TryGetValue("new", out var w) ? _scalars.Decimal(w, id, $"{what}的新标准 new", ParameterType.Money) : null;
            var effective = f.TryGetValue("effective", out var e) ? _scalars.Date(e, id, $"{what}的生效日期 effective") : null;
            if (name is null || categories is null || old is null || @new is null || effective is null)
            {
                ok = false;
                continue;
            }

            result.Add(new SubsidyStandard(name, categories, old.Value, @new.Value, effective.Value));
        }

        return ok ? new SubsidyStandards(result) : null;
    }

    /// <summary>A list of <c>{from_years, days}</c> with from_years strictly increasing; at least one tier.</summary>
    public LeaveTiers? Leave(YNode node, string id)
    {
        if (Items(node, id, "年休假档次列表") is not { } items)
        {
            return null;
        }

        if (items.Count == 0)
        {
            problems.Add(ProfileProblemKind.MissingField, node.At, id, "年休假档次列表至少要有一项");
            return null;
        }

        var tiers = new List<LeaveTier>();
        var ok = true;
        foreach (var (item, n) in items.Select((item, i) => (item, i + 1)))
        {
            var what = $"第 {n} 档年休假";
            if (_fields.Read(item, id, what, "映射 {from_years, days}", TierFields) is not { } f)
            {
                ok = false;
                continue;
            }

            var from = f.TryGetValue("from_years", out var y) ? _scalars.Int(y, id, $"{what}的工作年限 from_years", 0, 100) : null;
            var days = f.TryGetValue("days", out var d) ? _scalars.Int(d, id, $"{what}的天数 days", 0, 366) : null;
            if (from is null || days is null)
            {
                ok = false;
                continue;
            }

            if (tiers.Count > 0 && from <= tiers[^1].FromYears)
            {
                problems.Add(ProfileProblemKind.OutOfOrder, item.At, id,
                    $"{what}的 from_years = {from} 应大于上一档的 {tiers[^1].FromYears}（按工作年限从小到大排列）");
                ok = false;
                continue;
            }

            tiers.Add(new LeaveTier(from.Value, days.Value));
        }

        return ok ? new LeaveTiers(tiers) : null;
    }

    private IReadOnlyList<YNode>? Items(YNode node, string id, string what)
    {
        switch (node)
        {
            case YSeq seq:
                return seq.Items;
            case YBad:
                return null;
            default:
                problems.Add(ProfileProblemKind.WrongType, node.At, id, $"应为{what}（每项以“- ”开头），却是{node.Describe()}");
                return null;
        }
    }

    private List<CadreCategory>? Categories(YNode node, string id, string what)
    {
        if (Items(node, id, "干部类别列表，如 [乡镇公务员, 乡镇事业编制人员]") is not { } items)
        {
            return null;
        }

        var result = new List<CadreCategory>();
        var ok = items.Count > 0;
        if (!ok)
        {
            problems.Add(ProfileProblemKind.MissingField, node.At, id, $"{what}的适用类别 applies_to 至少要有一个类别");
        }

        foreach (var item in items)
        {
            if (_scalars.Text(item, id, $"{what}的适用类别") is not { } label)
            {
                ok = false;
            }
            else if (!CadreCategoryLabels.TryParseLabel(label, out var category))
            {
                problems.Add(ProfileProblemKind.UnknownKey, item.At, id,
                    $"{KeySuggestions.Unknown("干部类别", label, CategoryLabels)}（可选：{string.Join("、", CategoryLabels)}）");
                ok = false;
            }
            else if (result.Contains(category))
            {
                problems.Add(ProfileProblemKind.DuplicateKey, item.At, id, $"干部类别“{label}”重复");
                ok = false;
            }
            else
            {
                result.Add(category);
            }
        }

        return ok ? result : null;
    }
}
