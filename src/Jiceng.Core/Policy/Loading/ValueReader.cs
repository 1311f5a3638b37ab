namespace Jiceng.Core.Policy.Loading;

/// <summary>Reads one parameter's value by its definition's type.</summary>
internal sealed class ValueReader(ProblemList problems)
{
    private readonly ScalarReader _scalars = new(problems);
    private readonly StructuredReader _structured = new(problems);
    private readonly ListReader _lists = new(problems);

    /// <summary>
    /// False when the value is invalid (a problem was reported, or the node was already reported). True with a null
    /// value when it is "not set" (YAML null or blank text); the caller decides whether that is allowed.
    /// </summary>
    public bool TryRead(ParameterDefinition definition, YNode node, out object? value)
    {
        value = null;
        if (node is YScalar { IsNull: true } || (definition.Type == ParameterType.Text && node is YScalar { Value: var v } && string.IsNullOrWhiteSpace(v)))
        {
            return true;
        }

        var id = definition.Id;
        var what = definition.Label;
        value = definition.Type switch
        {
            ParameterType.NonNegativeInt or ParameterType.Days or ParameterType.Months or ParameterType.Years
                or ParameterType.Hours => _scalars.Int(node, id, what, 0, int.MaxValue),
            ParameterType.CalendarYear => _scalars.Int(node, id, what, 1949, 2100),
            ParameterType.Ratio or ParameterType.NonNegativeDecimal or ParameterType.PositiveDecimal
                or ParameterType.Money or ParameterType.MoneyWan => _scalars.Decimal(node, id, what, definition.Type),
            ParameterType.IntRange => _structured.Range(node, id, what),
            ParameterType.Rounding => Rounding(node, id, what),
            ParameterType.Text => _scalars.Text(node, id, what),
            ParameterType.Date => _scalars.Date(node, id, what),
            ParameterType.InfluenceTable => _structured.Influence(node, id, what),
            ParameterType.SubsidyList => _lists.Subsidies(node, id),
            ParameterType.LeaveTierList => _lists.Leave(node, id),
        };
        return value is not null;
    }

    private RoundingMode? Rounding(YNode node, string id, string what)
    {
        switch (node)
        {
            case YBad:
                return null;
            case YScalar { Value: "floor" }:
                return RoundingMode.Floor;
            case YScalar { Value: "round" }:
                return RoundingMode.Round;
            case YScalar { Value: "ceil" }:
                return RoundingMode.Ceil;
            default:
                problems.Add(ProfileProblemKind.WrongType, node.At, id,
                    $"{what}应为 floor（向下取整）、round（四舍五入）或 ceil（向上取整），却是{node.Describe()}");
                return null;
        }
    }
}
