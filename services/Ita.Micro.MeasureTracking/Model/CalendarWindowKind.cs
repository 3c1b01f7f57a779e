namespace Ita.Micro.MeasureTracking.Model;

/// <summary>The windows of NACC's assessment calendar (ปฏิทินการประเมิน ITA) of a fiscal year.</summary>
public enum CalendarWindowKind
{
    /// <summary>ลงทะเบียนผู้ประสานงานและผู้ตอบแบบวัด</summary>
    Registration = 0,

    /// <summary>ส่งข้อมูลแบบ OIT (the URLs of the evidence)</summary>
    OitSubmission = 1,

    /// <summary>เก็บแบบวัด IIT และ EIT</summary>
    Survey = 2,

    /// <summary>ทักท้วงผลการตรวจ OIT</summary>
    Challenge = 3,

    /// <summary>ประกาศผลการประเมิน</summary>
    Results = 4,
}
