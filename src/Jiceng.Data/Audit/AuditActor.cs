using System.Globalization;
using System.Security.Claims;

namespace Jiceng.Data.Audit;

/// <summary>Who did it and from where: the user name, roles, org unit and client address of an audit entry.</summary>
public sealed record AuditActor(string UserName, string Roles, int? OrgUnitId, string ClientAddress)
{
    public const string OrgUnitClaim = "jiceng:org";

    /// <summary>The id of the personal API token a request was authenticated with (absent for the session cookie).</summary>
    public const string ApiTokenClaim = "jiceng:token";

    /// <summary>Set when the user acts through a personal API token; every entry then names the token.</summary>
    public int? ApiTokenId { get; init; }

    /// <summary>Background work of the app (nightly evaluation, start-up tasks).</summary>
    public static AuditActor System { get; } = new("system", "", null, "");

    /// <summary>The command-line tool on this machine.</summary>
    public static AuditActor Cli { get; } = new("cli", "", null, Environment.MachineName);

    public static AuditActor Anonymous(string clientAddress) => new("anonymous", "", null, clientAddress);

    /// <summary>The signed-in user of a request or circuit; anonymous when not signed in.</summary>
    public static AuditActor From(ClaimsPrincipal user, string clientAddress)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return Anonymous(clientAddress);
        }

        var roles = string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        var org = int.TryParse(user.FindFirstValue(OrgUnitClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        var token = int.TryParse(user.FindFirstValue(ApiTokenClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : (int?)null;
        return new AuditActor(name, roles, org, clientAddress) { ApiTokenId = token };
    }
}
