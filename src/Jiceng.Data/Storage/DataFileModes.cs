using Microsoft.Data.Sqlite;

namespace Jiceng.Data.Storage;

/// <summary>
/// The SQLite database holds password hashes and TOTP seeds, the key file the field-encryption keys: neither may be
/// readable by other local users. The data folder is created 0700 and an absent database file 0600 (SQLite gives its
/// -wal and -shm files the database's mode); on start, files readable or writable by group or others are reported,
/// and the app refuses to start unless <c>Security:FilePermissions</c> is <c>Warn</c>. Windows (ACLs) is not checked.
/// </summary>
public static class DataFileModes
{
    public const string Setting = "Security:FilePermissions";

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The database file of a SQLite connection string, as a full path; null for in-memory and URI data sources.</summary>
    public static string? SqliteFile(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(dataSource);
    }

    /// <summary>Creates the database's folder (0700) and an empty database file (0600) when they do not exist yet.</summary>
    public static void PrepareSqliteFile(string file)
    {
        var dir = Path.GetDirectoryName(file);
        if (OperatingSystem.IsWindows())
        {
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            return;
        }

        if (!string.IsNullOrEmpty(dir))
        {
            PreparePrivateDirectory(dir);
        }

        if (!File.Exists(file))
        {
            // An empty file is an empty SQLite database; created here, it never exists with the umask's wider mode.
            using var _ = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
        }
    }

    /// <summary>Creates a folder and every missing parent 0700 (a plain CreateDirectory gives the parents the umask's mode).</summary>
    public static void PreparePrivateDirectory(string dir)
    {
        var full = Path.GetFullPath(dir);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(full);
            return;
        }

        var missing = new Stack<string>();
        for (var d = full; !string.IsNullOrEmpty(d) && !Directory.Exists(d); d = Path.GetDirectoryName(d))
        {
            missing.Push(d);
        }

        while (missing.TryPop(out var d))
        {
            Directory.CreateDirectory(d, OwnerOnlyDirectory);
        }
    }

    /// <summary>The database files (with -wal, -shm) and the key file that group or others may read or write, each with its mode.</summary>
    public static IReadOnlyList<string> TooOpen(string? sqliteFile, string keyFile)
    {
        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        var candidates = new List<string> { Path.GetFullPath(keyFile) };
        if (sqliteFile is not null)
        {
            candidates.AddRange([sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm"]);
        }

        return candidates.Where(File.Exists)
            .Select(f => (File: f, Mode: ModeOf(f)))
            .Where(f => (f.Mode & GroupOrOthers) != 0)
            .Select(f => $"{f.File}（权限 {Octal(f.Mode)}）")
            .ToList();
    }

    /// <summary>One Chinese message for the files that are too open, with the command that fixes them; null when none are.</summary>
    public static string? Problem(string? sqliteFile, string keyFile)
    {
        var open = TooOpen(sqliteFile, keyFile);
        return open.Count == 0
            ? null
            : $"以下文件可被其他本机用户读取或修改，请执行 chmod 600 后再启动（或设置 {Setting}=Warn 仅作警告）：{string.Join("；", open)}";
    }

    /// <summary>True when the setting asks only for a warning (<c>Warn</c>); anything else refuses to start.</summary>
    public static bool OnlyWarn(string? setting) => string.Equals(setting, "Warn", StringComparison.OrdinalIgnoreCase);

    private static UnixFileMode ModeOf(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return UnixFileMode.None;
        }

        return File.GetUnixFileMode(file);
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8);
}
