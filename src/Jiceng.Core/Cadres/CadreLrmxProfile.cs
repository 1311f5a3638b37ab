namespace Jiceng.Core.Cadres;

/// <summary>
/// What the last imported 任免审批表 said beyond the cadre's own columns: every text element as written (JSON object,
/// element name to text: 出生地, 现任职务, 奖惩情况 … and the labels of mapped fields, which export writes back while
/// they still mean the cadre's value) and the elements no one here knows, verbatim (<c>lrmx_extras</c>), so an export
/// re-emits them. One row per cadre that ever came from or went through an LRMX file.
/// </summary>
public sealed class CadreLrmxProfile
{
    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    /// <summary>JSON object: element name → text.</summary>
    public string FieldsJson { get; set; } = "{}";

    /// <summary>Unknown elements of &lt;Person&gt;, each as XML text, as a JSON array of strings, in file order.</summary>
    public string LrmxExtras { get; set; } = "[]";
}
