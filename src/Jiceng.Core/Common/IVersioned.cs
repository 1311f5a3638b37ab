namespace Jiceng.Core.Common;

/// <summary>A record edited with optimistic concurrency: the version moves on every save, and an update carries the version it read.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
