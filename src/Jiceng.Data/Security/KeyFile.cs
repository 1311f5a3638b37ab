using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace Jiceng.Data.Security;

/// <summary>
/// The key file, kept outside the database (<c>Security:KeyFile</c>):
/// <c>{"format":"jiceng-keys/1","algorithm":"SM4-GCM+HMAC-SM3","current":1,"versions":[{"version":1,"created":…,"encryptionKey":base64,"indexKey":base64}]}</c>.
/// Created with fresh random keys on first start, readable by the owner only (mode 600) where the OS supports it.
/// </summary>
public static class KeyFile
{
    public const string Format = "jiceng-keys/1";
    public const string Algorithm = "SM4-GCM+HMAC-SM3";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Loads the key file, or creates it with fresh keys when it does not exist yet.</summary>
    public static KeyRing LoadOrCreate(string path, TimeProvider clock, ILogger logger)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var ring = Load(full);
            logger.LogInformation("Field-encryption keys: {KeyFile} (current version {Version}).", full, ring.CurrentVersion);
            return ring;
        }

        var created = KeyRing.Generate(clock.GetUtcNow());
        Save(full, created);
        logger.LogWarning("Created a new field-encryption key file {KeyFile}. Back it up: without it the ID numbers cannot be read.", full);
        return new KeyRing(created.CurrentVersion, created.Versions) { CreatedFile = full };
    }

    public static KeyRing Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new KeyRingException($"The key file {full} does not exist (Security:KeyFile).");
        }

        KeyFileModel? model;
        try
        {
            model = JsonSerializer.Deserialize<KeyFileModel>(File.ReadAllText(full), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new KeyRingException($"The key file {full} cannot be read: {e.Message}", e);
        }

        if (model is null || !string.Equals(model.Format, Format, StringComparison.Ordinal) || model.Versions is not { Count: > 0 })
        {
            throw new KeyRingException($"The key file {full} is not a {Format} key file.");
        }

        var versions = model.Versions.Select(v => new KeyVersion(v.Version,
            Key(full, v.Version, v.EncryptionKey, Sm4Gcm.KeySize), Key(full, v.Version, v.IndexKey, KeyRing.IndexKeySize), v.Created)).ToList();
        if (versions.Select(v => v.Version).Distinct().Count() != versions.Count)
        {
            throw new KeyRingException($"The key file {full} lists a key version twice.");
        }

        try
        {
            return new KeyRing(model.Current, versions);
        }
        catch (KeyRingException e)
        {
            throw new KeyRingException($"The key file {full} is not valid: {e.Message}", e);
        }
    }

    /// <summary>Writes the file atomically (temporary file, then rename), owner read/write only.</summary>
    public static void Save(string path, KeyRing ring)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(dir);
            }
            else
            {
                Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var model = new KeyFileModel
        {
            Format = Format, Algorithm = Algorithm, Current = ring.CurrentVersion,
            Versions = ring.Versions.Select(v => new KeyVersionModel
            {
                Version = v.Version, Created = v.Created,
                EncryptionKey = Convert.ToBase64String(v.EncryptionKey), IndexKey = Convert.ToBase64String(v.IndexKey),
            }).ToList(),
        };
        var temp = full + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, model, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, full, overwrite: true);
    }

    private static byte[] Key(string file, int version, string? base64, int size)
    {
        try
        {
            var key = Convert.FromBase64String(base64 ?? "");
            return key.Length == size ? key : throw new FormatException($"expected {size} bytes, found {key.Length}");
        }
        catch (FormatException e)
        {
            throw new KeyRingException($"The key file {file} has an invalid key in version {version}: {e.Message}", e);
        }
    }

    private sealed class KeyFileModel
    {
        public string? Format { get; set; }
        public string? Algorithm { get; set; }
        public int Current { get; set; }
        public List<KeyVersionModel>? Versions { get; set; }
    }

    private sealed class KeyVersionModel
    {
        public int Version { get; set; }
        public DateTimeOffset Created { get; set; }
        public string? EncryptionKey { get; set; }
        public string? IndexKey { get; set; }
    }
}
