using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Jiceng.Web.Security;

/// <summary>
/// Failed sign-ins counted over an hour, per client address and across the whole app. The per-minute windows stop
/// bursts; this budget stops a slow spray (one password tried on many accounts) from one address or from many:
/// once either budget is spent, sign-in attempts are refused until failures age out of the window. The app-wide budget
/// trades availability for resistance to spraying: whoever spends it holds off every sign-in for up to an hour, so size
/// <see cref="SignInRateLimitOptions.FailedPerHour"/> to the number of users.
/// </summary>
public sealed class FailedSignInBudget(IOptions<SignInRateLimitOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    // Addresses whose failures have all aged out are dropped, so a spray from many addresses cannot grow memory forever.
    private const int MaxTrackedAddresses = 10_000;
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

        if (_byAddress.Count > MaxTrackedAddresses)
        {
            ForgetQuietAddresses(now);
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

    private void ForgetQuietAddresses(DateTimeOffset now)
    {
        foreach (var (address, queue) in _byAddress)
        {
            lock (queue)
            {
                Expire(queue, now);
                if (queue.Count == 0)
                {
                    _byAddress.TryRemove(address, out _);
                }
            }
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
