using System.Text;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data.Demo;

namespace Jiceng.Cli.Tests;

/// <summary><c>jiceng import</c> on the real tool: a refused file writes nothing (exit 1, the row named, an xlsx report),
/// the fixed file is written (exit 0), and the same file again changes nothing.</summary>
public sealed class ImportCommandTests
{
    private static string IdFor(DateOnly birth, int sequence)
    {
        var first17 = $"110101{birth:yyyyMMdd}{sequence:000}";
        return first17 + IdCardNumber.CheckCharacter(first17);
    }

    [Fact]
    public async Task Import_RefusedThenCommittedThenAlreadyImported()
    {
        using var cli = new CliProcess();
        Assert.Equal(0, (await cli.RunAsync("demo", "seed", "--scale", "Small")).ExitCode);
        var township = DemoDistrictGenerator.Generate(DemoScale.Small).OrgUnits.First(u => u.Kind == OrgUnitKind.Township).Code;
        var lines = new List<string> { "身份证号码,姓名,性别,出生日期,民族,政治面貌,干部类别,所在单位代码,备注" };
        for (var i = 0; i < 40; i++)
        {
            var birth = new DateOnly(1975, 1, 1).AddDays(i * 17);
            lines.Add($"{IdFor(birth, 111)},命令行{i},男,{birth:yyyy-MM-dd},汉族,中共党员,乡镇公务员,{township},");
        }

        var good = lines[20];
        lines[20] = good.Replace(",男,", ",女,", StringComparison.Ordinal);
        var file = Path.Combine(cli.WorkingDirectory, "干部.csv");
        await File.WriteAllTextAsync(file, string.Join("\n", lines), Jiceng.Data.Exchange.TabularFile.Gb18030, TestContext.Current.CancellationToken);

        var refused = await cli.RunAsync("import", "cadres", file, "--report", "错误报告.xlsx");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("21", refused.Out, StringComparison.Ordinal);
        Assert.Contains("与身份证号码所示性别", refused.Out, StringComparison.Ordinal);
        Assert.Contains("未写入任何记录", refused.Error, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(cli.WorkingDirectory, "错误报告.xlsx")).Length > 0);

        lines[20] = good;
        await File.WriteAllTextAsync(file, string.Join("\n", lines), Jiceng.Data.Exchange.TabularFile.Gb18030, TestContext.Current.CancellationToken);
        var dry = await cli.RunAsync("import", "cadres", file, "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("--dry-run", dry.Out, StringComparison.Ordinal);

        var committed = await cli.RunAsync("import", "cadres", file);
        Assert.Equal(0, committed.ExitCode);
        Assert.Contains("已忽略未识别的列“备注”", committed.Out, StringComparison.Ordinal);
        Assert.Matches(@"新增\s*│\s*40", committed.Out);

        var again = await cli.RunAsync("import", "cadres", file);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("本次没有任何变化", again.Out, StringComparison.Ordinal);

        Assert.Equal(0, (await cli.RunAsync("audit", "verify")).ExitCode);
    }
}
