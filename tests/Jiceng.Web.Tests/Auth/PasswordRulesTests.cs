using Jiceng.Data.Identity;
using Jiceng.Testing;
using Microsoft.AspNetCore.Identity;

namespace Jiceng.Web.Tests.Auth;

/// <summary>Each password rule at its boundary, through the validators the app's user manager runs.</summary>
[Collection(WebCollection.Name)]
public sealed class PasswordRulesTests(JicengWebFactory app)
{
    private Task<List<IdentityError>> ValidateAsync(string userName, string password) => app.WithUsersAsync(async users =>
    {
        var user = new AppUser { UserName = userName };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors;
    });

    [Theory]
    [InlineData("Ab1!xyz", "PasswordTooShort")]       // 7 characters
    [InlineData("abcdefgh12", "PasswordClasses")]    // 2 classes
    [InlineData("Xzhangsan9!", "PasswordContainsUserName")]
    [InlineData("xZHANGSAN9!", "PasswordContainsUserName")]
    [InlineData("P@ssw0rd", "PasswordCommon")]
    [InlineData("Woaini1314!", "PasswordCommon")]
    [InlineData("QQ123456", "PasswordCommon")]
    public async Task Refused(string password, string code)
    {
        var errors = await ValidateAsync("zhangsan9", password);
        Assert.Contains(errors, e => e.Code == code);
        Assert.All(errors, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Description));
    }

    [Theory]
    [InlineData("Ab1!xyzw")]     // 8 characters
    [InlineData("Abcdefgh12")]   // 3 classes
    [InlineData("abcdefg!2")]    // 3 classes, symbol
    [InlineData("Zhangsan!2")]   // a name, but not the user's
    public async Task Accepted(string password) => Assert.Empty(await ValidateAsync("zhangsan9", password));

    [Fact]
    public async Task Length_64_IsAccepted_65_IsRefused()
    {
        var max = "Ab1!" + new string('q', 60);
        Assert.Equal(64, max.Length);
        Assert.Empty(await ValidateAsync("someone", max));
        Assert.Contains(await ValidateAsync("someone", max + "q"), e => e.Code == "PasswordTooLong");
    }

    [Fact]
    public void Blocklist_HoldsTypicalChineseChoices()
    {
        foreach (var p in new[] { "123456", "password", "a123456", "woaini1314", "qq123456", "88888888", "5201314", "1qaz2wsx" })
        {
            Assert.True(Data.Identity.Passwords.CommonPasswordValidator.IsCommon(p), p);
        }
    }

    [Fact]
    public async Task IdentityErrors_AreChinese()
    {
        var result = await app.WithUsersAsync(async users =>
        {
            var district = (await users.FindByNameAsync(await app.DistrictUserAsync()))!.OrgUnitId;
            return await users.CreateAsync(new AppUser { UserName = "t-district", DisplayName = "x", OrgUnitId = district }, JicengWebFactory.TestPassword);
        });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "DuplicateUserName" && e.Description.Contains("已被使用", StringComparison.Ordinal));
    }
}
