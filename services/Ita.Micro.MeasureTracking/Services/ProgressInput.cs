using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>A progress request that passed validation: what is written to the update.</summary>
public sealed record ProgressInput(
    DateOnly ReportedOn,
    MeasureStatus Status,
    string Output,
    string Outcome,
    string? DroppedReason,
    List<EvidenceLink> Evidence
);
