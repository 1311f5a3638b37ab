namespace Jiceng.Core.Policy.Loading;

/// <summary>Collects problems for one source, bounded so a hostile file cannot produce millions of them.</summary>
internal sealed class ProblemList(string source)
{
    public const int Max = 200;

    private readonly List<ProfileProblem> _items = [];
    private ProfileProblem? _truncated;

    public int Count => _items.Count;

    public void Add(ProfileProblemKind kind, Position at, string? id, string message)
    {
        if (_items.Count < Max)
        {
            _items.Add(new ProfileProblem(source, at.Line, at.Column, id, kind, message));
        }
        else
        {
            _truncated ??= new ProfileProblem(source, at.Line, at.Column, null, ProfileProblemKind.TooLarge,
                $"问题超过 {Max} 个，其余未列出，请先修改上面的问题");
        }
    }

    /// <summary>The problems sorted by position (stable for equal positions); the truncation note comes last.</summary>
    public IReadOnlyList<ProfileProblem> Sorted()
    {
        var sorted = _items.Index().OrderBy(p => p.Item.Line).ThenBy(p => p.Item.Column).ThenBy(p => p.Index).Select(p => p.Item).ToList();
        if (_truncated is not null)
        {
            sorted.Add(_truncated);
        }

        return sorted;
    }
}
