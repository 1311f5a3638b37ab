using Jiceng.Data.Identity.Accounts;
using Jiceng.Data.Identity.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jiceng.Data.Identity;

public static class IdentityCoreSetup
{
    /// <summary>
    /// Users, roles and the product's rules (passwords, lockout, one-time authenticator codes, encrypted second-factor
    /// secrets, Chinese errors) and account administration: what the web app and the CLI share. The web app adds sign-in.
    /// </summary>
    public static IdentityBuilder AddJicengIdentityCore(this IServiceCollection services)
    {
        services.AddOptions<PasswordPolicyOptions>().BindConfiguration(PasswordPolicyOptions.Section);
        services.AddScoped<AccountAdministration>();
        return services.AddIdentityCore<AppUser>(o =>
            {
                // Identity's own password rules are off: PasswordRulesValidator and friends apply the product's.
                o.Password.RequiredLength = 0;
                o.Password.RequiredUniqueChars = 0;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.ProviderName;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<JicengDbContext>()
            .AddUserStore<AppUserStore>()
            .AddUserManager<AppUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.ProviderName)
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordRulesValidator>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddPasswordValidator<PasswordHistoryValidator>();
    }
}
