namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A report's deadline and how many plans submitted it; NotSubmittedByDeadline counts only once the deadline passed.</summary>
public sealed record ReportDeadline(
    DateOnly AsOf,
    DateOnly DueOn,
    bool DeadlinePassed,
    int Submitted,
    int NotSubmittedByDeadline
);
