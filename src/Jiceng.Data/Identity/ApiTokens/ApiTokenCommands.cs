using Jiceng.Core.Common;
using Jiceng.Data.Audit;
using Jiceng.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Jiceng.Data.Identity.ApiTokens;

/// <summary>
/// A user's own tokens: list, create, revoke. Every call is for one user id and touches only that user's tokens
/// (another user's token is "not found"). Creation and revocation are audited writes like any other.
/// </summary>
public static class ApiTokenCommands
{
    /// <summary>The three administrators (三员) hold no tokens: a token would bypass their second factor, and their work is not in the API.</summary>
    public static bool MayHoldTokens(IEnumerable<string> roles) => !roles.Any(r => Roles.Administrators.Contains(r, StringComparer.OrdinalIgnoreCase));

    public static async Task<IReadOnlyList<ApiTokenRow>> ListAsync(JicengDbContext db, string userId, CancellationToken ct = default) =>
        (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct))
            .Select(ApiTokenRow.Of).ToList();

    public static async Task<CommandResult<CreatedApiToken>> CreateAsync(
        JicengDbContext db, string userId, ApiTokenInput input, ApiTokenOptions options, TimeProvider clock, CancellationToken ct = default)
    {
        var now = AuditHasher.Truncate(clock.GetUtcNow());
        var active = await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresAt > now, ct);
        var errors = Validate(input, ChinaTime.Today(clock), options, active);
        if (errors.Count > 0)
        {
            return CommandResult<CreatedApiToken>.Invalid(errors);
        }

        var secret = ApiTokenSecret.NewToken();
        var token = new ApiToken
        {
            UserId = userId,
            Name = input.Name!.Trim(),
            SecretHash = ApiTokenSecret.Hash(secret),
            Hint = ApiTokenSecret.HintOf(secret),
            CreatedAt = now,
            ExpiresAt = EndOfChinaDay(input.ExpiresOn!.Value),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return CommandResult<CreatedApiToken>.Ok(new CreatedApiToken(ApiTokenRow.Of(token), secret));
    }

    /// <summary>Revokes one of the user's tokens at once; revoking a revoked token changes nothing. False when the user has no such token.</summary>
    public static async Task<bool> RevokeAsync(JicengDbContext db, string userId, int tokenId, TimeProvider clock, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = AuditHasher.Truncate(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    public static List<FieldError> Validate(ApiTokenInput input, DateOnly today, ApiTokenOptions options, int activeTokens)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", "名称：必填，用于识别令牌的用途（如“统计脚本”）"));
        }
        else if (name.Length > ApiToken.NameMaxLength)
        {
            errors.Add(new FieldError("name", $"名称：不能超过 {ApiToken.NameMaxLength} 个字符"));
        }

        var latest = today.AddDays(options.MaxLifetimeDays);
        if (input.ExpiresOn is not { } expires)
        {
            errors.Add(new FieldError("expiresOn", $"有效期至：必填，令牌必须有到期日（最迟 {latest:yyyy-MM-dd}）"));
        }
        else if (expires < today || expires > latest)
        {
            errors.Add(new FieldError("expiresOn", $"有效期至：应在 {today:yyyy-MM-dd} 至 {latest:yyyy-MM-dd} 之间（最长 {options.MaxLifetimeDays} 天），收到 {expires:yyyy-MM-dd}"));
        }

        if (activeTokens >= options.MaxActivePerUser)
        {
            errors.Add(new FieldError("name", $"有效令牌已达上限（{options.MaxActivePerUser} 个），请先吊销不再使用的令牌"));
        }

        return errors;
    }

    /// <summary>A token valid "until" a day is valid through that whole China day: it expires at the next China midnight.</summary>
    public static DateTime EndOfChinaDay(DateOnly day) =>
        DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
}
