namespace Jiceng.Data.Exchange;

/// <summary>A file refused as a whole (too large, not a workbook, hostile, no header row …); the message is zh-CN for the user.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
