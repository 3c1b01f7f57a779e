using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

public sealed record Progress(
    Guid Id,
    Guid MeasureId,
    DateOnly ReportedOn,
    string Status,
    string Output,
    string Outcome,
    string? DroppedReason,
    IReadOnlyList<EvidenceLink> Evidence,
    string ReportedBy,
    DateTime RecordedAtUtc,
    int Version
);
