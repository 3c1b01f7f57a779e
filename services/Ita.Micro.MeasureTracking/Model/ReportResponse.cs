using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

public sealed record ReportResponse(
    Guid Id, Guid PlanId, ReportPeriod Period, DateOnly AsOf, IReadOnlyList<ProgressReportEntry> Entries,
    IReadOnlyList<Signatory> Signatories, string SubmittedBy, DateTime SubmittedAtUtc)
{
    public static ReportResponse From(ProgressReport r) =>
        new(r.Id, r.PlanId, r.Period, r.AsOf, r.Entries, r.Signatories, r.SubmittedBy, r.SubmittedAtUtc);
}
