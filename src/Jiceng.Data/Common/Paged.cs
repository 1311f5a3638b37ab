namespace Jiceng.Data.Common;

/// <summary>One page of a list and the total number of rows that match.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>The outcome of a command: the value, a set of field errors (400), a conflict (409), or not found (404).</summary>
public sealed record CommandResult<T>
{
    public T? Value { get; init; }
    public IReadOnlyList<Core.Common.FieldError> Errors { get; init; } = [];
    public bool NotFound { get; init; }
    /// <summary>Set when the record changed since the caller read it; holds the current values.</summary>
    public T? Conflict { get; init; }

    public bool Succeeded => !NotFound && Errors.Count == 0 && Conflict is null;

    public static CommandResult<T> Ok(T value) => new() { Value = value };
    public static CommandResult<T> Invalid(IReadOnlyList<Core.Common.FieldError> errors) => new() { Errors = errors };
    public static CommandResult<T> Missing() => new() { NotFound = true };
}
