using System.IO.Compression;
using System.Text;
using Jiceng.Core.Exchange.Lrmx;
using Jiceng.Testing.Lrmx;

namespace Jiceng.Core.Tests.Exchange.Lrmx;

public sealed class LrmxArchiveTests
{
    private static MemoryStream Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        ms.Position = 0;
        return ms;
    }

    [Fact]
    public void AZipOfFiles_GivesEachLrmx_AndSkipsTheRest()
    {
        var (files, error) = LrmxArchive.Read(Zip(("b/李明远.lrmx", new LrmxSample().Bytes()), ("a.lrmx", new LrmxSample().Bytes()),
            ("说明.txt", "x"u8.ToArray()), ("__MACOSX/a.lrmx", [1])));
        Assert.Null(error);
        Assert.Equal(["a.lrmx", "b/李明远.lrmx"], files.Select(f => f.Name));
    }

    [Theory]
    [InlineData("../evil.lrmx")]
    [InlineData("a/../../evil.lrmx")]
    [InlineData("/etc/evil.lrmx")]
    [InlineData("C:/evil.lrmx")]
    [InlineData("..\\evil.lrmx")]
    public void PathTraversal_IsRefused(string name)
    {
        var (files, error) = LrmxArchive.Read(Zip((name, new LrmxSample().Bytes())));
        Assert.Empty(files);
        Assert.Contains("“..”", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AZipBomb_IsRefusedByItsRatio_BeforeUnpacking()
    {
        var (files, error) = LrmxArchive.Read(Zip(("bomb.lrmx", new byte[3_000_000])));
        Assert.Empty(files);
        Assert.Contains("压缩比", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyEntries_TooLargeInTotal_OrTooLargeAFile_AreRefused()
    {
        var one = new LrmxSample().Bytes();
        Assert.Contains("超过上限3个", LrmxArchive.Read(Zip(("1.lrmx", one), ("2.lrmx", one), ("3.lrmx", one), ("4.lrmx", one)),
            new LrmxLimits { MaxZipEntries = 3 }).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("解压后共", LrmxArchive.Read(Zip(("1.lrmx", one), ("2.lrmx", one)),
            new LrmxLimits { MaxZipUncompressedBytes = one.Length + 10 }).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("单个文件上限", LrmxArchive.Read(Zip(("1.lrmx", one)),
            new LrmxLimits { MaxFileBytes = 100 }).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("压缩包大小", LrmxArchive.Read(Zip(("1.lrmx", one)),
            new LrmxLimits { MaxZipBytes = 10 }).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAZip_OrNoLrmxInside_IsRefused()
    {
        Assert.Contains("不是有效的 zip", LrmxArchive.Read(new MemoryStream(Encoding.UTF8.GetBytes("hello"))).Error!.Message, StringComparison.Ordinal);
        Assert.Contains("没有 .lrmx", LrmxArchive.Read(Zip(("a.txt", [1, 2]))).Error!.Message, StringComparison.Ordinal);
    }
}
