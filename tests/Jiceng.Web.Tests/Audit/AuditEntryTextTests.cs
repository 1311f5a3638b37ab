using System.Xml.Linq;
using Jiceng.Data.Identity;
using Jiceng.Web.Audit;

namespace Jiceng.Web.Tests.Audit;

/// <summary>The audit log page shows entries in words: no English role or type names, no account GUIDs, no raw JSON.</summary>
public sealed class AuditEntryTextTests
{
    private const string UserId = "5f0c7a53-3a5e-4a1c-9c43-1d2a6f9b0e11";

    private static readonly Lazy<Dictionary<string, string>> Strings = new(() =>
        XDocument.Load(Path.Combine(Jiceng.Testing.ExampleProfile.RepoRoot(), "src", "Jiceng.Web", "Resources", "SharedResource.resx")).Root!
            .Elements("data").ToDictionary(e => (string)e.Attribute("name")!, e => (string)e.Element("value")!, StringComparer.Ordinal));

    private static AuditEntryText Text() =>
        new(key => Strings.Value.GetValueOrDefault(key), new Dictionary<string, string> { [UserId] = "zzb" });

    [Fact]
    public void Every_role_has_a_Chinese_name()
    {
        foreach (var role in Roles.All)
        {
            Assert.NotEqual(role, Text().Role(role));
        }

        Assert.Equal("组织部工作人员、乡镇工作人员", Text().Roles("OrgDepartment,TownshipStaff"));
    }

    [Fact]
    public void Record_types_and_account_ids_are_named()
    {
        Assert.Equal("干部", Text().RecordType("Cadre"));
        Assert.Equal("zzb", Text().RecordId(UserId));
        Assert.Equal("42", Text().RecordId("42"));
    }

    [Fact]
    public void A_change_reads_as_field_old_and_new_value_with_codes_and_enums_in_words()
    {
        const string json = """{"before":{"Name":"张三","EthnicityCode":"01","Category":"VillageCadre","Version":3},"after":{"Name":"张山","EthnicityCode":"03","Category":"TownshipCivilServant","Version":4}}""";

        var lines = Text().Details("Cadre", json);

        Assert.Equal(["姓名：张三 → 张山", "民族：汉族 → 回族", "干部类别：村（社区）干部 → 乡镇公务员"], lines);
    }

    [Fact]
    public void A_failed_sign_in_and_a_refusal_read_as_reasons_without_the_frameworks_texts()
    {
        Assert.Equal(["登录方式：密码", "原因：用户名或密码错误"], Text().Details("AppUser", """{"method":"password","reason":"wrong-credentials"}"""));
        Assert.Equal(["原因：无此权限"], Text().Details("Endpoint",
            """{"reason":"forbidden","requirements":["RolesAuthorizationRequirement:User.IsInRole must be true for one of the following roles: (AuditAdmin|Auditor)"]}"""));
    }
}
