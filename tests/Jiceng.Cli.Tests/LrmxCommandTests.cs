using System.IO.Compression;
using System.Text;
using Jiceng.Core.Org;
using Jiceng.Data.Demo;

namespace Jiceng.Cli.Tests;

/// <summary><c>jiceng lrmx export</c> and <c>jiceng lrmx import</c> on the real tool: a unit's cadres to a zip and one
/// cadre to a .lrmx, both re-imported as updates; a zip with one broken file writes nothing; the audit chain holds.</summary>
public sealed class LrmxCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lrmx_ExportThenImport_UpdatesTheSameCadres_AndABrokenFileInAZipWritesNothing()
    {
        using var cli = new CliProcess();
        Assert.Equal(0, (await cli.RunAsync("demo", "seed", "--scale", "Small")).ExitCode);
        var units = DemoDistrictGenerator.Generate(DemoScale.Small).OrgUnits;
        var village = units.First(u => u.Kind == OrgUnitKind.Village).Code;
        var district = units.First(u => u.Kind == OrgUnitKind.District).Code;

        var zipped = await cli.RunAsync("lrmx", "export", "--org", village, "-o", "村.zip");
        Assert.True(zipped.ExitCode == 0, zipped.All);
        var zipPath = Path.Combine(cli.WorkingDirectory, "村.zip");
        int count;
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            count = zip.Entries.Count;
            Assert.All(zip.Entries, e => Assert.EndsWith(".lrmx", e.Name, StringComparison.Ordinal));
        }

        Assert.True(count > 0, "the demo village has cadres");
        Assert.Contains($"已导出 {count} 份", zipped.Out, StringComparison.Ordinal);

        var one = await cli.RunAsync("lrmx", "export", "--cadre", "1", "-o", "一人.lrmx");
        Assert.True(one.ExitCode == 0, one.All);
        Assert.Contains("<Person", await File.ReadAllTextAsync(Path.Combine(cli.WorkingDirectory, "一人.lrmx"), Ct), StringComparison.Ordinal);
        Assert.Equal(2, (await cli.RunAsync("lrmx", "export", "--cadre", "1", "2", "-o", "两人.lrmx")).ExitCode);
        Assert.Equal(1, (await cli.RunAsync("lrmx", "export", "--cadre", "999999", "-o", "无.zip")).ExitCode);

        var dry = await cli.RunAsync("lrmx", "import", "一人.lrmx", "--org", district, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.All);
        Assert.Contains("将新增 0 人，更新 1 人", dry.Out, StringComparison.Ordinal);

        var imported = await cli.RunAsync("lrmx", "import", "村.zip", "--org", village);
        Assert.True(imported.ExitCode == 0, imported.All);
        Assert.Contains($"新增 0 人，更新 {count} 人", imported.Out, StringComparison.Ordinal);

        // The same zip with one broken file: refused as a whole, the file named.
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update))
        {
            using var s = zip.CreateEntry("坏文件.lrmx").Open();
            s.Write(Encoding.UTF8.GetBytes("<Person><XingMing>无号</XingMing><ShenFenZheng>123</ShenFenZheng></Person>"));
        }

        var refused = await cli.RunAsync("lrmx", "import", "村.zip", "--org", village);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("坏文件.lrmx", refused.Out, StringComparison.Ordinal);
        Assert.Contains("未写入任何记录", refused.Error, StringComparison.Ordinal);

        Assert.Equal(2, (await cli.RunAsync("lrmx", "import", "村.zip")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("audit", "verify")).ExitCode);
    }
}
