using System.Reflection;
using Jiceng.Core.Policy;

namespace Jiceng.Core.Tests.Policy;

public sealed class ParameterCatalogTests
{
    private static IEnumerable<string> IdsDeclaredInParameterIds() =>
        typeof(ParameterIds).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_catalogue_id_is_a_constant_in_ParameterIds_and_vice_versa()
    {
        var declared = IdsDeclaredInParameterIds().ToHashSet(StringComparer.Ordinal);
        var catalogued = ParameterCatalog.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(declared.Except(catalogued, StringComparer.Ordinal));
        Assert.Empty(catalogued.Except(declared, StringComparer.Ordinal));
        Assert.Equal(ParameterCatalog.All.Count, catalogued.Count);
    }

    [Fact]
    public void Constants_sit_in_the_nested_class_named_after_their_clause()
    {
        foreach (var type in typeof(ParameterIds).GetNestedTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                Assert.StartsWith(type.Name + ".", (string)field.GetRawConstantValue()!, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_parameter_has_a_Chinese_name_of_its_own()
    {
        // The policy page and its draft form show parameters by this name, never by id.
        foreach (var d in ParameterCatalog.All)
        {
            Assert.True(d.Label.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{d.Id}: “{d.Label}” has no Chinese");
            Assert.DoesNotContain(d.Id, d.Label, StringComparison.Ordinal);
        }

        var repeated = ParameterCatalog.All.GroupBy(d => d.Label, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(repeated);
    }

    [Fact]
    public void Every_definition_names_its_clause_in_its_id_and_has_a_label()
    {
        foreach (var d in ParameterCatalog.All)
        {
            Assert.StartsWith($"P{d.Clause}.", d.Id, StringComparison.Ordinal);
            Assert.InRange(d.Clause, 0, 10);
            Assert.False(string.IsNullOrWhiteSpace(d.Label), d.Id);
        }
    }

    [Fact]
    public void Every_required_parameter_has_an_example_of_its_types_clr_type()
    {
        foreach (var d in ParameterCatalog.All)
        {
            if (d.Required)
            {
                Assert.NotNull(d.Example);
            }

            if (d.Example is not null)
            {
                Assert.IsType(d.Type.ClrType(), d.Example, exactMatch: true);
            }
        }
    }

    [Theory]
    [InlineData(ParameterIds.P1.BachelorShareMin)]
    [InlineData(ParameterIds.P5.GrassrootsAwardShareMin)]
    [InlineData(ParameterIds.P9.TalksPerYearStationed)]
    [InlineData(ParameterIds.P6.DocumentReduction)]
    [InlineData(ParameterIds.P8.VillageTransport)]
    public void Parameters_policy_md_calls_optional_or_the_document_leaves_without_a_placeholder_are_optional(string id) =>
        Assert.False(ParameterCatalog.Get(id).Required);

    [Theory]
    [InlineData(ParameterIds.P1.WomenMin, ParameterType.NonNegativeInt, 1)]
    [InlineData(ParameterIds.P5.TownshipExcellentRatio, ParameterType.Ratio, 5)]
    [InlineData(ParameterIds.P5.VillageFundPerVillageWan, ParameterType.MoneyWan, 5)]
    [InlineData(ParameterIds.P7.InfluenceMonths, ParameterType.InfluenceTable, 7)]
    [InlineData(ParameterIds.P8.Subsidies, ParameterType.SubsidyList, 8)]
    [InlineData(ParameterIds.P8.LeaveTiers, ParameterType.LeaveTierList, 8)]
    [InlineData(ParameterIds.P8.DaysPerMonth, ParameterType.PositiveDecimal, 8)]
    [InlineData(ParameterIds.P10.PartyDevWindowYears, ParameterType.IntRange, 10)]
    [InlineData(ParameterIds.P0.EffectiveFrom, ParameterType.Date, 0)]
    public void Structured_and_typed_parameters_have_the_expected_type_and_clause(string id, ParameterType type, int clause)
    {
        var d = ParameterCatalog.Get(id);
        Assert.Equal(type, d.Type);
        Assert.Equal(clause, d.Clause);
    }

    [Fact]
    public void Each_of_the_ten_clauses_has_parameters_numerals_and_a_mechanism()
    {
        Assert.Equal(["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"], ClauseCatalog.All.Select(c => c.Numeral));
        Assert.Equal(Enumerable.Range(0, 11), ClauseCatalog.All.Select(c => c.Number));
        foreach (var clause in ClauseCatalog.All)
        {
            Assert.NotEmpty(ParameterCatalog.ForClause(clause.Number));
            Assert.Equal(clause.Number == 0, clause.Mechanism == Mechanism.None);
            Assert.Same(clause, ClauseCatalog.BySection(clause.SectionKey));
        }

        Assert.Equal("第八条 补贴、休假与工作条件", ClauseCatalog.Get(8).Heading);
        Assert.Equal(Enum.GetValues<Mechanism>().Where(m => m != Mechanism.None), ClauseCatalog.Measures.Select(c => c.Mechanism).Distinct().Order());
    }
}
