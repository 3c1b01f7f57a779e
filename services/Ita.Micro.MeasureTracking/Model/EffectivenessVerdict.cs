namespace Ita.Micro.MeasureTracking.Model;

public enum EffectivenessVerdict
{
    /// <summary>ดีขึ้น: every target assessed in both years went up.</summary>
    Improved,

    /// <summary>ดีขึ้นบางส่วน: some went up, some did not.</summary>
    Mixed,

    /// <summary>ไม่ดีขึ้น: none went up.</summary>
    NotImproved,

    /// <summary>ประเมินไม่ได้: no target was scored in both years.</summary>
    NotAssessed,
}
