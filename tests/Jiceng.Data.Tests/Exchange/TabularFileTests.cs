using System.Text;
using Jiceng.Data.Exchange;

namespace Jiceng.Data.Tests.Exchange;

public sealed class TabularFileTests
{
    private static readonly string[][] Lines = [["姓名", "单位", "备注"], ["张三", "城关镇", "含,逗号"], ["李四", "", "=1+2"]];

    private static List<TabularRow> Read(Stream s, out string format)
    {
        var file = TabularFile.Open(s, ImportLimits.Default);
        format = file.Format;
        return file.Rows().ToList();
    }

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf8")]
    [InlineData("gb18030")]
    public void Csv_InEveryAcceptedEncoding_ReadsTheSameCells(string encoding)
    {
        var stream = encoding switch
        {
            "utf8-bom" => ImportFiles.Csv(Lines, new UTF8Encoding(false), bom: true),
            "utf8" => ImportFiles.Csv(Lines, new UTF8Encoding(false), bom: false),
            _ => ImportFiles.Csv(Lines, TabularFile.Gb18030, bom: false),
        };

        var rows = Read(stream, out var format);

        Assert.Equal(encoding == "gb18030" ? "csv-gb18030" : "csv-utf8", format);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["姓名", "单位", "备注"], rows[0].Cells);
        Assert.Equal(["张三", "城关镇", "含,逗号"], rows[1].Cells);
        Assert.Null(rows[2].Cells[1]);
        Assert.Equal("=1+2", rows[2].Cells[2]);
        Assert.Equal(3, rows[2].Number);
    }

    [Fact]
    public void HeaderMap_ReorderedAndExtraColumns_MapsByHeaderAndNoticesTheExtra()
    {
        var columns = new ImportColumn[] { new("a", "姓名", true, ""), new("b", "所在单位代码", true, "") { Aliases = ["单位代码"] } };
        var map = HeaderMap.Build(["备注", "单位代码 *", "姓 名"], columns);

        Assert.Equal(2, map.IndexOf("a"));
        Assert.Equal(1, map.IndexOf("b"));
        Assert.Equal("已忽略未识别的列“备注”（第 1 列）", Assert.Single(map.Notices));
    }

    [Fact]
    public void HeaderMap_MissingRequiredColumn_RefusesTheFileNamingIt()
    {
        var columns = new ImportColumn[] { new("a", "姓名", true, ""), new("b", "身份证号码", true, "") };
        var e = Assert.Throws<ImportRefusedException>(() => HeaderMap.Build(["姓名"], columns));
        Assert.Contains("缺少必填列：身份证号码", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_WithRows_ReadsBackAsText()
    {
        var kind = ImportKinds.Create("cadres")!;
        var id = ImportFiles.IdFor(new DateOnly(1980, 2, 29), 123);
        var stream = ImportFiles.Xlsx(kind, [new Dictionary<string, object?> { ["idNumber"] = id, ["name"] = "-王五", ["birthDate"] = new DateOnly(1980, 2, 29) }]);

        var rows = Read(stream, out var format);

        Assert.Equal("xlsx", format);
        Assert.Equal("身份证号码*", rows[0].Cells[0]);
        Assert.Equal(id, rows[1].Cells[0]);
        Assert.Equal("-王五", rows[1].Cells[1]); // neutralised as '-王五 on export, restored on import
        Assert.Contains("1980-02-29", rows[1].Cells);
    }

    [Fact]
    public void OldExcelFile_IsRefusedWithAHint()
    {
        var e = Assert.Throws<ImportRefusedException>(() => TabularFile.Open(new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0]), ImportLimits.Default));
        Assert.Contains(".xlsx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheSizeLimit_IsRefused()
    {
        var stream = ImportFiles.Csv(Lines, Encoding.UTF8, bom: false);
        var e = Assert.Throws<ImportRefusedException>(() => TabularFile.Open(stream, new ImportLimits { MaxFileBytes = 10 }));
        Assert.Contains("超过上限", e.Message, StringComparison.Ordinal);
    }
}
