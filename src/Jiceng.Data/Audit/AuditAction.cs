namespace Jiceng.Data.Audit;

/// <summary>What an audit entry records. Stored by name, so members may be added but never renamed.</summary>
public enum AuditAction
{
    SignIn,
    SignInFailed,
    SignOut,
    AccessDenied,
    Create,
    Update,
    Delete,
    Export,
    SensitiveRead,
    Import,
    Purge,
}

public enum AuditOutcome
{
    Success,
    Failure,
}
