namespace Jiceng.Web;

/// <summary>
/// Marker for the UI strings in <c>Resources/SharedResource*.resx</c>. The neutral file is Simplified Chinese (zh-CN);
/// a Traditional set is a <c>SharedResource.zh-TW.resx</c> beside it, with no component touched.
/// </summary>
public sealed class SharedResource;
