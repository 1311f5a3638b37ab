namespace Jiceng.Core.Common;

/// <summary>A refusal of one input field, worded for the user in zh-CN.</summary>
/// <param name="Field">The field's code name (camelCase, as in the API), e.g. <c>idNumber</c>.</param>
/// <param name="Message">What is wrong, in Chinese, naming the field and the offending values.</param>
public sealed record FieldError(string Field, string Message);
