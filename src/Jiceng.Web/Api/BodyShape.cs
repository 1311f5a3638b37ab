using System.Reflection;
using System.Text.Json;

namespace Jiceng.Web.Api;

/// <summary>
/// The JSON shape an endpoint expects, in words for an error message, e.g. <c>{"cadre": {…}, "version": …}</c>: a
/// body sent without its wrapper (a bare cadre to the update) is told what to wrap it in.
/// </summary>
public static class BodyShape
{
    /// <summary>The request type's top-level properties as JSON (camelCase, as the API reads them); nested objects as {…}.</summary>
    public static string Describe(Type type)
    {
        var names = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => $"\"{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}\": {(IsObject(p.PropertyType) ? "{…}" : "…")}");
        return "{" + string.Join(", ", names) + "}";
    }

    /// <summary>Names of the type's required properties (C# <c>required</c>), camelCase.</summary>
    public static IReadOnlyList<string> Required(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();

    private static bool IsObject(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsClass && t != typeof(string) && !t.IsArray && !typeof(System.Collections.IEnumerable).IsAssignableFrom(t);
    }
}
