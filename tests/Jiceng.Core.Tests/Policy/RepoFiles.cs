namespace Jiceng.Core.Tests.Policy;

/// <summary>Files of the repository the tests read (the shipped profiles), found from the test's output folder.</summary>
internal static class RepoFiles
{
    public const string DefaultProfile = "policy/default-2020.yaml";

    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static string DefaultProfileText => ReadText(DefaultProfile);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jiceng.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding Jiceng.slnx above {AppContext.BaseDirectory}.");
    }
}
