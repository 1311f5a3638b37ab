namespace Jiceng.Data.Demo;

/// <summary>How much of the demo district to generate.</summary>
public enum DemoScale
{
    /// <summary>Province, city, district, 3 departments and 2 townships with their villages (fast, for tests).</summary>
    Small = 1,

    /// <summary>The full <c>district</c> dataset of docs/quality-bars.md: 平鲁区 with 15 departments, 12 townships, 234 villages, ~3,000 cadres.</summary>
    District = 2,

    /// <summary>Three districts of 朔州市 written district by district through the bulk path (<see cref="DemoProvinceSeeder"/>).</summary>
    Region = 3,

    /// <summary>The <c>province</c> dataset: every county of 山西省, ~500,000 cadres, through the bulk path (<see cref="DemoProvinceSeeder"/>).</summary>
    Province = 4,
}
