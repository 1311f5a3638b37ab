namespace Jiceng.Core.Cadres;

/// <summary>A cadre's photo (the 任免审批表's 照片), a JPEG, one per cadre.</summary>
public sealed class CadrePhoto
{
    /// <summary>A form photo is 10–100 KB; the cap matches the LRMX file limit.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public int CadreId { get; set; }

    public Cadre? Cadre { get; set; }

    public byte[] Jpeg { get; set; } = [];
}
