using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Security;

/// <summary>
/// Failed sign-ins counted over an hour, per client address and across the whole app. The per-minute windows stop
/// bursts; this budget stops a slow spray (one password tried on many accounts) from one address or from many:
/// once either budget is spent, sign-in attempts are refused until failures age out of the window.
/// </summary>
public sealed class FailedSignInBudget(IOptions<SignInRateLimitOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _byAddress = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _global = new();

    public void RecordFailure(string address)
    {
        var now = clock.GetUtcNow();
        lock (_global)
        {
            _global.Enqueue(now);
            Expire(_global, now);
        }

        var queue = _byAddress.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            queue.Enqueue(now);
            Expire(queue, now);
        }
    }

    /// <summary>Whether a new attempt from this address may go ahead.</summary>
    public bool Allows(string address)
    {
        var now = clock.GetUtcNow();
        var limits = options.Value;
        lock (_global)
        {
            Expire(_global, now);
            if (_global.Count >= limits.FailedPerHour)
            {
                return false;
            }
        }

        if (!_byAddress.TryGetValue(address, out var queue))
        {
            return true;
        }

        lock (queue)
        {
            Expire(queue, now);
            return queue.Count < limits.FailedPerAddressPerHour;
        }
    }

    private static void Expire(Queue<DateTimeOffset> queue, DateTimeOffset now)
    {
        while (queue.Count > 0 && now - queue.Peek() >= Window)
        {
            queue.Dequeue();
        }
    }
}
