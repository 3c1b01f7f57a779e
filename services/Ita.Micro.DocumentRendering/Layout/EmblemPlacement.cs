namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>Where the Garuda goes and how tall it is, by the kind of letter (ระเบียบงานสารบรรณ).</summary>
public enum EmblemPlacement
{
    /// <summary>3 cm high, centred at the top: ประกาศ, covers.</summary>
    TopCentre,

    /// <summary>1.5 cm high, at the top left: บันทึกข้อความ.</summary>
    TopLeftSmall,
}
