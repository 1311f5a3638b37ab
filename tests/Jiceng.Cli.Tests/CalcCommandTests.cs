using System.Text.Json;

namespace Jiceng.Cli.Tests;

/// <summary><c>jiceng calc</c>: clause 八's calculators from the command line, their working in Chinese or as JSON.</summary>
public sealed class CalcCommandTests
{
    private static string ShippedProfile => Path.Combine(AppContext.BaseDirectory, "policy", "default-2020.yaml");

    [Fact]
    public async Task Leave_PrintsTheAmountAndItsWorking()
    {
        using var cli = new CliProcess();
        var r = await cli.RunAsync("calc", "leave", "--service-start", "2015-03-01", "--year", "2021", "--monthly-wage", "5000", "--untaken", "3",
            "--profile", ShippedProfile);
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("未休年休假工资报酬（第八条）", r.Out, StringComparison.Ordinal);
        Assert.Contains("P8.days_per_month 月计薪天数：21.75 天", r.Out, StringComparison.Ordinal);
        Assert.Contains("(3 − 1) × 5000 ÷ 21.75 × 3 = 1379.310344… → 四舍五入到分 1379.31 元", r.Out, StringComparison.Ordinal);
        Assert.Contains("结果：1379.31 元", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bonus_PrintsPointsAndItsWorking()
    {
        using var cli = new CliProcess();
        var r = await cli.RunAsync("calc", "bonus", "--kind", "assistant", "--selected", "2018", "--start", "2018-09-01", "--applied", "2020-08-31",
            "--passed", "是", "--profile", ShippedProfile);
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("大学生村官、村级助理等事业单位招聘加分（第十条）", r.Out, StringComparison.Ordinal);
        Assert.Contains("P10.assistant_cohort_year 村级助理岗位选聘年份：2018 年", r.Out, StringComparison.Ordinal);
        Assert.Contains("不符合：服务满2年，不加分（0 分）", r.Out, StringComparison.Ordinal);
        Assert.Contains("结果：0 分", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trips_AsJson_DecidesEachClaim()
    {
        using var cli = new CliProcess();
        var r = await cli.RunAsync("calc", "trips", "--posting_start", "2021-04-10", "--trip", "2021-04-12:100", "--trip", "2021-05-12:100",
            "--trip", "2021-06-20:100", "--trip", "2021-06-28:100", "--trip", "2021-07-05:100.50", "--profile", ShippedProfile, "--json");
        Assert.True(r.ExitCode == 0, r.All);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal(400.50m, root.GetProperty("amount").GetDecimal());
        Assert.Equal("第八条", root.GetProperty("clause").GetString());
        Assert.Equal(["准予报销", "准予报销", "准予报销", "不予报销", "准予报销"],
            root.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("status").GetString()));
        Assert.Contains("P8.trips_per_month_avg", root.GetProperty("lines")[3].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(["P8.trips_per_month_avg", "P8.trips_per_year_max"], root.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task BadInputs_AreListedInChinese_Exit2_AndAProfileRefusal_Exit1()
    {
        using var cli = new CliProcess();
        var bad = await cli.RunAsync("calc", "trips", "--posting-start", "2021-13-01", "--trip", "2021-06-31:80", "--profile", ShippedProfile);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("输入有误（posting_start）：异地任职起始日（posting_start）应为 yyyy-MM-dd 格式的日期", bad.Error, StringComparison.Ordinal);
        Assert.Contains("往返申报第 1 项的日期（trip）", bad.Error, StringComparison.Ordinal);

        var refused = await cli.RunAsync("calc", "leave", "--service-start", "2020-01-02", "--year", "2021", "--monthly-wage", "5000", "--untaken", "1",
            "--profile", ShippedProfile);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("超过 2021 年应休的 0 天", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAProfile_UsesTheProfileInForceOnTheCalculationsDay()
    {
        using var cli = new CliProcess();
        Assert.Equal(0, (await cli.RunAsync("db", "migrate")).ExitCode);
        var r = await cli.RunAsync("calc", "reward", "--income", "100000", "--new-income", "1000", "--cadre", "张三:1", "--cadre", "李四:1",
            "--cadre", "王五:1", "--year", "2021");
        Assert.True(r.ExitCode == 0, r.All);
        Assert.Contains("政策配置：示例配置", r.Out, StringComparison.Ordinal);
        Assert.Contains("张三：33.34 元", r.Out, StringComparison.Ordinal);
        Assert.Contains("结果：100.00 元", r.Out, StringComparison.Ordinal);

        var before = await cli.RunAsync("calc", "pension", "--contribution", "800", "--year", "2019");
        Assert.Equal(1, before.ExitCode);
        Assert.Contains("2019-12-31 没有生效的政策配置", before.Error, StringComparison.Ordinal);
    }
}
