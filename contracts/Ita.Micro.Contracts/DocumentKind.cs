namespace Ita.Micro.Contracts;

/// <summary>The official documents Ita.Micro renders. Messages carry the number: never renumber a kind.</summary>
public enum DocumentKind
{
    /// <summary>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร: the analysis of last year's result with its measures.</summary>
    Analysis = 1,

    /// <summary>ประกาศ: the organisation's announcement of the measures of its published plan.</summary>
    Announcement = 2,

    /// <summary>รายงานผลการดำเนินการ: the 6- or 12-month report on carrying out the measures.</summary>
    ProgressReport = 3,

    /// <summary>บันทึกข้อความ: the internal memo that puts the progress report to the chief executive.</summary>
    Memo = 4,

    /// <summary>A national or provincial summary for overseers.</summary>
    Summary = 5,
}
