using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Jiceng.Web.Auth;

/// <summary>When the user last did something in this interactive page (circuit); an idle circuit ends its session.</summary>
public sealed class CircuitActivity(TimeProvider time)
{
    public DateTimeOffset LastActivity { get; private set; } = time.GetUtcNow();

    public void Touch() => LastActivity = time.GetUtcNow();

    public TimeSpan IdleFor => time.GetUtcNow() - LastActivity;
}

/// <summary>Records every message from the browser (clicks, input, navigation) as activity of the circuit.</summary>
public sealed class CircuitActivityHandler(CircuitActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        ctx =>
        {
            activity.Touch();
            return next(ctx);
        };
}
