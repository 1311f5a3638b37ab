using Microsoft.AspNetCore.Identity;

namespace Jiceng.Data.Identity.Passwords;

/// <summary>Refuses passwords from the shipped list of common passwords (common-passwords.txt), ignoring case.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool IsCommon(string password) => List.Value.Contains(password);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = "该密码过于常见，容易被猜中，请换一个。" })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Jiceng.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
