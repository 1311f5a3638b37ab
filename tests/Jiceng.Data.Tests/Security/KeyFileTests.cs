using Jiceng.Data.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jiceng.Data.Tests.Security;

public sealed class KeyFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"jiceng-keyfile-{Guid.NewGuid():N}");

    private string PathIn(string name) => Path.Combine(_dir, "sub", name);

    [Fact]
    public void LoadOrCreate_CreatesAnOwnerOnlyFile_ThatLoadsBackTheSameKeys()
    {
        var path = PathIn("keys.json");
        var created = KeyFile.LoadOrCreate(path, TimeProvider.System, NullLogger.Instance);
        Assert.Equal(Path.GetFullPath(path), created.CreatedFile);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        var loaded = KeyFile.LoadOrCreate(path, TimeProvider.System, NullLogger.Instance);
        Assert.Null(loaded.CreatedFile);
        Assert.Equal(created.CurrentVersion, loaded.CurrentVersion);
        Assert.Equal(created.Decrypt(created.Encrypt("x")), loaded.Decrypt(created.Encrypt("x")));
        Assert.Equal(created.BlindIndex("11010519491231002X"), loaded.BlindIndex("11010519491231002X"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"format\":\"other\",\"current\":1,\"versions\":[]}")]
    [InlineData("{\"format\":\"jiceng-keys/1\",\"current\":2,\"versions\":[{\"version\":1,\"encryptionKey\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"indexKey\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}]}")]
    [InlineData("{\"format\":\"jiceng-keys/1\",\"current\":1,\"versions\":[{\"version\":1,\"encryptionKey\":\"AAAA\",\"indexKey\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}]}")]
    public void Load_OfABadFile_NamesTheFile(string content)
    {
        var path = PathIn("bad.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        var e = Assert.Throws<KeyRingException>(() => KeyFile.Load(path));
        Assert.Contains(Path.GetFullPath(path), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OfAMissingFile_Fails() =>
        Assert.Throws<KeyRingException>(() => KeyFile.Load(PathIn("absent.json")));

    [Fact]
    public void Ciphertext_IsRandomised_VersionBound_AndTamperEvident()
    {
        var ring = KeyRing.Generate(DateTimeOffset.UtcNow);
        var a = ring.Encrypt("11010519491231002X");
        var b = ring.Encrypt("11010519491231002X");
        Assert.NotEqual(a, b);
        Assert.StartsWith("v1:", a, StringComparison.Ordinal);
        Assert.Equal("11010519491231002X", ring.Decrypt(b));
        var bytes = Convert.FromBase64String(a[3..]);
        bytes[^1] ^= 1;
        Assert.Throws<KeyRingException>(() => ring.Decrypt("v1:" + Convert.ToBase64String(bytes)));
        var two = ring.WithNewVersion(DateTimeOffset.UtcNow);
        Assert.Throws<KeyRingException>(() => two.Decrypt("v2:" + a[3..]));
        Assert.Throws<KeyRingException>(() => ring.Decrypt("11010519491231002X"));
        Assert.Equal(ring.BlindIndex("11010519491231002X"), two.BlindIndex("11010519491231002X"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
