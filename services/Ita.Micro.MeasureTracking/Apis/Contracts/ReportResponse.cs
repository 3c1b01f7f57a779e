using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// A submitted report. Current is false once a correction superseded it: SupersededBy names that report, with who,
/// when and why; the correction names this one in Supersedes.
/// </summary>
public sealed record ReportResponse(
    Guid Id,
    Guid PlanId,
    ReportPeriod Period,
    int Revision,
    DateOnly AsOf,
    IReadOnlyList<ProgressReportEntry> Entries,
    IReadOnlyList<Signatory> Signatories,
    string? OriginatingUnit,
    string? DocumentPrefix,
    string? DocumentNumber,
    string SubmittedBy,
    DateTime SubmittedAtUtc,
    bool Current,
    Guid? Supersedes,
    string? CorrectionReason,
    Guid? SupersededBy,
    string? SupersededByUser,
    DateTime? SupersededAtUtc,
    string? SupersededReason
)
{
    public static ReportResponse From(ProgressReport r) =>
        new(
            r.Id,
            r.PlanId,
            r.Period,
            r.Revision,
            r.AsOf,
            r.Entries,
            r.Signatories,
            r.OriginatingUnit,
            r.DocumentPrefix,
            r.DocumentNumber,
            r.SubmittedBy,
            r.SubmittedAtUtc,
            r.SupersededBy is null,
            r.Supersedes,
            r.CorrectionReason,
            r.SupersededBy,
            r.SupersededByUser,
            r.SupersededAtUtc,
            r.SupersededReason
        );
}
