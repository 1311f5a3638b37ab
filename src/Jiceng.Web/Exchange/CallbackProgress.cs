namespace Jiceng.Web.Exchange;

/// <summary>
/// A progress sink that calls back on the reporting thread (unlike <see cref="Progress{T}"/>, which posts to the
/// captured context: a page runs the import off its render context and re-renders through InvokeAsync itself).
/// </summary>
public sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
