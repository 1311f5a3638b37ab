namespace Jiceng.Core.Findings;

/// <summary>How serious a finding is: a violation after a deadline, a warning before it, information otherwise.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Violation = 2,
}
