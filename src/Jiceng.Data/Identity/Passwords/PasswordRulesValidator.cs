using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jiceng.Data.Identity.Passwords;

/// <summary>Length, character classes, and not containing the user name.</summary>
public sealed class PasswordRulesValidator(IOptions<PasswordPolicyOptions> options) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var policy = options.Value;
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length < policy.MinLength)
        {
            errors.Add(Error("PasswordTooShort", $"密码至少需要 {policy.MinLength} 个字符。"));
        }

        if (password.Length > policy.MaxLength)
        {
            errors.Add(Error("PasswordTooLong", $"密码不能超过 {policy.MaxLength} 个字符。"));
        }

        if (CharacterClasses(password) < policy.RequiredClasses)
        {
            errors.Add(Error("PasswordClasses", $"密码须包含大写字母、小写字母、数字、符号中的至少 {policy.RequiredClasses} 类。"));
        }

        if (user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Error("PasswordContainsUserName", "密码不能包含用户名。"));
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>How many of upper case, lower case, digits and other characters (symbols) occur.</summary>
    public static int CharacterClasses(string password)
    {
        bool upper = false, lower = false, digit = false, symbol = false;
        foreach (var c in password)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else
            {
                symbol = true;
            }
        }

        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
