namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Where a plan is in its life: Draft → Approved → Published → Closed, never back. Stored by name.</summary>
public enum PlanStatus
{
    /// <summary>ร่าง: proposed by the system and edited by officers; a newer analysis may still refresh its untouched proposals.</summary>
    Draft,

    /// <summary>อนุมัติแล้ว: a named approver (ปลัด/นายก) approved it; its measures are fixed.</summary>
    Approved,

    /// <summary>ประกาศแล้ว: announced; officers report progress and submit the 6- and 12-month reports.</summary>
    Published,

    /// <summary>ปิดแผน: the fiscal year's work is over; nothing changes any more.</summary>
    Closed,
}
