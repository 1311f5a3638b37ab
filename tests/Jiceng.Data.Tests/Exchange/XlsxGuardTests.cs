using System.Text;
using Jiceng.Data.Exchange;

namespace Jiceng.Data.Tests.Exchange;

public sealed class XlsxGuardTests
{
    private static string Refusal(Stream s, ImportLimits? limits = null) =>
        Assert.Throws<ImportRefusedException>(() => TabularFile.Open(s, limits ?? ImportLimits.Default)).Message;

    [Fact]
    public void ATemplate_Passes()
    {
        var stream = ImportFiles.TemplateWith("docProps/extra.xml", "<?xml version=\"1.0\"?><a/>"u8.ToArray());
        Assert.Equal("xlsx", TabularFile.Open(stream, ImportLimits.Default).Format);
    }

    [Fact]
    public void ZipBomb_ByCompressionRatio_IsRefused()
    {
        var zeros = new byte[20 * 1024 * 1024]; // 20 MB of zeros deflate to about 20 KB: a ratio near 1,000
        var message = Refusal(ImportFiles.TemplateWith("xl/worksheets/sheet1.xml", zeros));
        Assert.Contains("压缩比超过", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyEntries_AreRefused()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => ($"xl/media/p{i}.xml", "<a/>"u8.ToArray())).ToArray();
        var message = Refusal(ImportFiles.Zip(entries));
        Assert.Contains("超过上限 1000", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("xl/../../evil.xml")]
    [InlineData("/etc/cron.d/x")]
    [InlineData("C:/Windows/x.xml")]
    [InlineData("xl\\..\\x.xml")]
    public void PathTraversalEntry_IsRefused(string name)
    {
        var message = Refusal(ImportFiles.TemplateWith(name, "<a/>"u8.ToArray()));
        Assert.Contains("不安全的部件路径", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet>&e;</worksheet>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><worksheet>&lol2;</worksheet>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!doctype worksheet SYSTEM \"http://example.invalid/x.dtd\"><worksheet/>")]
    public void DtdOrExternalEntityInSheetXml_IsRefused(string xml)
    {
        var message = Refusal(ImportFiles.TemplateWith("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(xml)));
        Assert.Contains("文档类型声明（DTD）", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DtdHiddenBehindALongComment_IsRefused()
    {
        var xml = "<?xml version=\"1.0\"?><!--" + new string('x', 5000) + "--><!DOCTYPE x [<!ENTITY e \"e\">]><worksheet/>";
        var message = Refusal(ImportFiles.TemplateWith("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(xml)));
        Assert.Contains("DTD", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAZip_IsRefused()
    {
        var message = Refusal(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));
        Assert.Contains("不是有效的 xlsx", message, StringComparison.Ordinal);
    }
}
