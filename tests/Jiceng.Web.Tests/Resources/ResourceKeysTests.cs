using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Jiceng.Web.Tests.Resources;

/// <summary>Every UI string a component asks for exists in the zh-CN resources (a missing key would show the key itself).</summary>
public sealed partial class ResourceKeysTests
{
    [Fact]
    public void EveryKeyUsedInComponents_IsInTheResources()
    {
        var web = Path.Combine(Jiceng.Testing.ExampleProfile.RepoRoot(), "src", "Jiceng.Web");
        var keys = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.resx")).Root!
            .Elements("data").Select(e => (string)e.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(Path.Combine(web, "Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Fact]
    public void EveryEnumShownInTheUi_HasALabelForEachMember()
    {
        var web = Path.Combine(Jiceng.Testing.ExampleProfile.RepoRoot(), "src", "Jiceng.Web");
        var keys = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.resx")).Root!
            .Elements("data").Select(e => (string)e.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        Type[] enums = [typeof(Core.Cadres.Sex), typeof(Core.Cadres.CadreCategory), typeof(Core.Org.OrgUnitKind), typeof(Core.Posts.PostKind),
            typeof(Data.Cadres.EducationLevel), typeof(Data.Cadres.AgeBand)];
        var missing = enums.SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}_{n}")).Where(k => !keys.Contains(k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void TheTraditionalSet_HasEveryKey_AndIsConverted()
    {
        var resources = Path.Combine(Jiceng.Testing.ExampleProfile.RepoRoot(), "src", "Jiceng.Web", "Resources");
        static Dictionary<string, string> Load(string file) => XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string)e.Element("value")!, StringComparer.Ordinal);
        var simplified = Load(Path.Combine(resources, "SharedResource.resx"));
        var traditional = Load(Path.Combine(resources, "SharedResource.zh-Hant.resx"));

        // A string added to tools/ui-strings.tsv without running tools/make-resx.py shows up here.
        Assert.Equal(simplified.Keys.Order(StringComparer.Ordinal), traditional.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("基层干部激励关爱管理系统", simplified["AppTitle"]);
        Assert.Equal("基層幹部激勵關愛管理系統", traditional["AppTitle"]);
        // Placeholders survive the conversion.
        Assert.Empty(simplified.Where(kv => Placeholders(kv.Value) != Placeholders(traditional[kv.Key])).Select(kv => kv.Key));
    }

    private static string Placeholders(string text) => string.Join(",", PlaceholderUse().Matches(text).Select(m => m.Value));

    [GeneratedRegex("\\{[0-9]+(:[^}]*)?\\}")]
    private static partial Regex PlaceholderUse();

    [GeneratedRegex("L\\[\"([A-Za-z0-9]+)\"")]
    private static partial Regex KeyUse();
}
