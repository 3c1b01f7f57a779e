using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A progress update; version is required when correcting an existing one.</summary>
public sealed record ProgressRequest(
    int? Version,
    DateOnly? ReportedOn,
    MeasureStatus? Status,
    string? Output,
    string? Outcome,
    string? DroppedReason,
    IReadOnlyList<EvidenceRequest>? Evidence
);
