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

    [GeneratedRegex("L\\[\"([A-Za-z0-9]+)\"")]
    private static partial Regex KeyUse();
}
