namespace Jiceng.Data.Security;

/// <summary><c>Security:KeyFile</c> (environment: <c>Security__KeyFile</c>): where the field-encryption key file lives.</summary>
public static class KeyOptions
{
    public const string KeyFileSetting = "Security:KeyFile";

    /// <summary>Beside the default SQLite database, relative to the working directory.</summary>
    public const string DefaultKeyFile = "./data/keys/jiceng-keys.json";
}
