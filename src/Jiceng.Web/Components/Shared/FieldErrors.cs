using Jiceng.Core.Common;

namespace Jiceng.Web.Components.Shared;

/// <summary>A form's field errors as MudBlazor inputs want them: a flag and one text per field (several joined).</summary>
public sealed class FieldErrors
{
    private IReadOnlyList<FieldError> _errors = [];

    public IReadOnlyList<FieldError> All
    {
        get => _errors;
        set => _errors = value;
    }

    public int Count => _errors.Count;

    public bool Has(string field) => _errors.Any(e => e.Field == field);

    public string? Text(string field) =>
        string.Join("；", _errors.Where(e => e.Field == field).Select(e => e.Message)) is { Length: > 0 } s ? s : null;

    public void Clear() => _errors = [];
}
