namespace Ita.Micro.Contracts;

/// <summary>Where a measure stands, as its last progress update says. Messages carry the number.</summary>
public enum MeasureStatus
{
    /// <summary>ยังไม่ดำเนินการ</summary>
    NotStarted = 0,

    /// <summary>อยู่ระหว่างดำเนินการ</summary>
    InProgress = 1,

    /// <summary>ดำเนินการแล้วเสร็จ</summary>
    Done = 2,

    /// <summary>ยกเลิก (with a reason)</summary>
    Dropped = 3,
}
