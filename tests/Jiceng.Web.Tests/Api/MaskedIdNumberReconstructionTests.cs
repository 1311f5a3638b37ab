using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jiceng.Core.Cadres;
using Jiceng.Core.Org;
using Jiceng.Data;
using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Web.Tests.Api;

/// <summary>
/// The attacker's view of a masked ID number: every field of the list row and the detail of a cadre, combined. A masked
/// template is filled from every date field (as the birth date) and the sex code, and the remaining hidden digits are
/// enumerated against the check character; the number must stay one of many candidates (never rebuilt).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class MaskedIdNumberReconstructionTests(JicengWebFactory app)
{
    private const int MinimumCandidates = 10;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Roles.VillageStaff)]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.TownshipStaff)]
    [InlineData(Roles.OrgDepartment)]
    public async Task NoCombinationOfListAndDetailFields_RebuildsTheNumber(string role)
    {
        var client = await app.SignedInClientAsync(await UserAsync(role));
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/cadres?pageSize=10", Ct);
        var rows = list.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var id = row.GetProperty("id").GetInt32();
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cadres/{id}", Ct);
            var number = await NumberOfAsync(id);
            var fields = Leaves(row).Concat(Leaves(detail)).ToList();

            Assert.DoesNotContain(fields, f => f.Value.Contains(number.Value[6..], StringComparison.Ordinal));
            var candidates = Candidates(fields);
            Assert.Contains(number.Value, candidates); // the enumeration is sound: the true number is among them
            Assert.True(candidates.Count >= MinimumCandidates, $"{role}: cadre {id} narrows to {candidates.Count} candidate(s)");
        }
    }

    /// <summary>Every number consistent with the fields: masked templates × date fields × sex × check character.</summary>
    private static HashSet<string> Candidates(IReadOnlyList<(string Name, string Value)> fields)
    {
        var templates = fields.Select(f => f.Value).Where(v => Template().IsMatch(v)).Distinct(StringComparer.Ordinal).ToList();
        var dates = fields.Select(f => f.Value).Where(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .Select(v => v.Replace("-", "", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var sex = fields.Where(f => f.Name == "sexCode").Select(f => f.Value).FirstOrDefault();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            foreach (var date in dates)
            {
                if (Fill(template, 6, date) is { } filled)
                {
                    Enumerate(filled.ToCharArray(), 0, sex, found);
                }
            }
        }

        return found;
    }

    private static string? Fill(string template, int at, string digits)
    {
        var chars = template.ToCharArray();
        for (var i = 0; i < digits.Length; i++)
        {
            if (chars[at + i] != '*' && chars[at + i] != digits[i])
            {
                return null;
            }

            chars[at + i] = digits[i];
        }

        return new string(chars);
    }

    private static void Enumerate(char[] chars, int from, string? sex, HashSet<string> found)
    {
        var next = Array.IndexOf(chars, '*', from);
        if (next < 0)
        {
            var candidate = new string(chars);
            if (IdCardNumber.TryParse(candidate, out var id, out _) && (sex is null || ((int)id.Sex).ToString(CultureInfo.InvariantCulture) == sex))
            {
                found.Add(candidate);
            }

            return;
        }

        foreach (var c in next == 17 ? "0123456789X" : "0123456789")
        {
            chars[next] = c;
            Enumerate(chars, next + 1, sex, found);
        }

        chars[next] = '*';
    }

    private static IEnumerable<(string Name, string Value)> Leaves(JsonElement e, string name = "")
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                return e.EnumerateObject().SelectMany(p => Leaves(p.Value, p.Name));
            case JsonValueKind.Array:
                return e.EnumerateArray().SelectMany(x => Leaves(x, name));
            case JsonValueKind.String:
                return [(name, e.GetString()!)];
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return [(name, e.GetRawText())];
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
            default:
                return [];
        }
    }

    private async Task<IdCardNumber> NumberOfAsync(int cadreId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JicengDbContext>();
        return await db.Cadres.AsNoTracking().Where(c => c.Id == cadreId).Select(c => c.IdNumber).SingleAsync(Ct);
    }

    private Task<string> UserAsync(string role) => role switch
    {
        Roles.OrgDepartment => app.DistrictUserAsync(),
        Roles.TownshipStaff => app.TownshipUserAsync(),
        Roles.Auditor => app.AuditorUserAsync(),
        Roles.Finance => app.EnsureDistrictUserAsync("t-finance", Roles.Finance),
        Roles.VillageStaff => app.EnsureUserAsync("t-village", Roles.VillageStaff, async db =>
        {
            var township = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
            return await db.OrgUnits.Where(u => u.ParentId == township).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>An ID number with some characters hidden by asterisks.</summary>
    [GeneratedRegex(@"^[0-9X*]{18}$")]
    private static partial Regex Template();
}
