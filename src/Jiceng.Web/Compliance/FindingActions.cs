using System.Security.Claims;
using Jiceng.Data.Engine;
using Jiceng.Data.Identity;
using Jiceng.Web.Auth;

namespace Jiceng.Web.Compliance;

/// <summary>What a person may do to a finding on its page.</summary>
[Flags]
public enum FindingAction
{
    None = 0,
    Assign = 1,
    StartRectifying = 2,
    Explain = 4,
    Decide = 8,
}

/// <summary>
/// The actions a finding's page offers: those whose state the ledger's commands accept (<see cref="Data.Engine.Ledger.FindingCommands"/>),
/// to those who keep records (assign, rectify, explain) and to the organization department (decide on an explanation).
/// The commands check again and refuse with a Chinese message; the page only hides what would certainly be refused.
/// </summary>
public static class FindingActions
{
    public static FindingAction For(FindingState state, ClaimsPrincipal user)
    {
        var actions = FindingAction.None;
        if (CurrentUser.CanEdit(user))
        {
            if (state is FindingState.Open or FindingState.Assigned or FindingState.Rectifying)
            {
                actions |= FindingAction.Assign | FindingAction.Explain;
            }

            if (state == FindingState.Assigned)
            {
                actions |= FindingAction.StartRectifying;
            }
        }

        if (state == FindingState.Explained && user.IsInRole(Roles.OrgDepartment))
        {
            actions |= FindingAction.Decide;
        }

        return actions;
    }
}
