namespace Jiceng.Core.Cadres;

/// <summary>Sex as coded by GB/T 2261.1 (性别代码).</summary>
public enum Sex
{
    Unknown = 0,
    Male = 1,
    Female = 2,
    Unspecified = 9,
}
