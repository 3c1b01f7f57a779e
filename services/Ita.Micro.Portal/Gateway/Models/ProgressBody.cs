using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

public sealed record ProgressBody(
    DateOnly ReportedOn,
    string Status,
    string Output,
    string Outcome,
    string? DroppedReason,
    IReadOnlyList<EvidenceLink> Evidence
);
