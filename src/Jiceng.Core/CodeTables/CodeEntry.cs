namespace Jiceng.Core.CodeTables;

/// <summary>One row of a national or cadre-system code table: its code, its label (zh-CN) and the standard it comes from.</summary>
/// <param name="Parent">For education codes, the GB/T 4658 code the ZB64 code maps to; otherwise null.</param>
public sealed record CodeEntry(string Code, string Label, string Standard, string? Parent = null);
