using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record ProgressResponse(
    Guid Id,
    Guid MeasureId,
    DateOnly ReportedOn,
    MeasureStatus Status,
    string Output,
    string Outcome,
    string? DroppedReason,
    IReadOnlyList<EvidenceLink> Evidence,
    string ReportedBy,
    DateTime RecordedAtUtc,
    int Version
)
{
    public static ProgressResponse From(ProgressUpdate p) =>
        new(
            p.Id,
            p.MeasureId,
            p.ReportedOn,
            p.Status,
            p.Output,
            p.Outcome,
            p.DroppedReason,
            p.Evidence,
            p.ReportedBy,
            p.RecordedAtUtc,
            p.Version
        );
}
