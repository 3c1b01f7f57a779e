using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>
/// A frozen 6- or 12-month report. Current is false once a correction superseded it (SupersededBy names that report,
/// with who, when and why); a correction names the report it replaces in Supersedes.
/// </summary>
public sealed record Report(
    Guid Id,
    Guid PlanId,
    string Period,
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
);
