using System.Collections.Concurrent;
using Jiceng.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jiceng.Web.Tests.Errors;

/// <summary>The test app with every log line it writes kept in memory (message and exception), so tests can scan them.</summary>
public sealed class CapturingWebFactory : JicengWebFactory
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The app's own categories at every level; the framework's as configured for production.
        builder.UseSetting("Logging:LogLevel:Jiceng", "Trace");
        builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs)));
    }
}

/// <summary>An in-memory logger provider: every formatted message and exception text, in order.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>One capturing app shared by the error tests of this folder.</summary>
[CollectionDefinition(Name)]
public sealed class ErrorsCollection : ICollectionFixture<CapturingWebFactory>
{
    public const string Name = "errors";
}
