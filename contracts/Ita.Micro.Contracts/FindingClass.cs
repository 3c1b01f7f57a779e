namespace Ita.Micro.Contracts;

/// <summary>
/// Where the analysis of an assessment places an indicator or item, in the three groups NACC asks the analysis of
/// last year's result to show. Messages carry the number: never renumber or rename a class.
/// </summary>
public enum FindingClass
{
    /// <summary>รักษาระดับ: the score reaches the line, so the work that earned it is kept up.</summary>
    Maintain = 0,

    /// <summary>ประเด็นที่ต้องพัฒนาให้ดีขึ้น: below the line but not low enough to be a defect.</summary>
    Develop = 1,

    /// <summary>ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน: a defect or weakness to fix first.</summary>
    Urgent = 2,
}
