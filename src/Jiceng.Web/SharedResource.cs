namespace Jiceng.Web;

/// <summary>
/// Marker for the UI strings in <c>Resources/SharedResource*.resx</c>. The neutral file is Simplified Chinese (zh-CN);
/// <c>SharedResource.zh-Hant.resx</c> is the Traditional set, converted from it by <c>tools/make-resx.py</c>.
/// </summary>
public sealed class SharedResource;
