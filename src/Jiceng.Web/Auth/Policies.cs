namespace Jiceng.Web.Auth;

public static class Policies
{
    /// <summary>Create, change and delete business records.</summary>
    public const string EditData = "EditData";
}
