namespace Jiceng.Data.Audit;

/// <summary>Who the current work is done for; every audit entry takes its actor from here.</summary>
public interface IAuditContext
{
    AuditActor Actor { get; }
}

/// <summary>
/// The ambient actor, flowing with the async call: set by the web request (middleware), the Blazor circuit
/// (inbound activity) or the CLI; <see cref="AuditActor.System"/> when nobody set one.
/// </summary>
public sealed class AmbientAuditContext : IAuditContext
{
    private static readonly AsyncLocal<AuditActor?> Current = new();

    public static AmbientAuditContext Instance { get; } = new();

    public AuditActor Actor => Current.Value ?? AuditActor.System;

    /// <summary>Sets the actor until the returned scope is disposed.</summary>
    public static IDisposable Use(AuditActor actor)
    {
        var previous = Current.Value;
        Current.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(AuditActor? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
