using System.Security.Cryptography;

namespace Jiceng.Data.Identity.Accounts;

/// <summary>Passwords an administrator hands over once (new account, reset, bootstrap); the user must replace them at sign-in.</summary>
public static class OneTimePassword
{
    /// <summary>16 characters from an alphabet without look-alikes, always with upper, lower and digit, never containing the user name.</summary>
    public static string New(string userName = "")
    {
        while (true)
        {
            var password = Generate();
            if (userName.Length == 0 || !password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            {
                return password;
            }
        }
    }

    private static string Generate()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
