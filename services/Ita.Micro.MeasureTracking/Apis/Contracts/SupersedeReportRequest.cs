namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// A corrected report that replaces a submitted one of the same period: why (required), and the memo's signatories,
/// unit and number as for a first submission. The progress is taken again as it stands now up to the period's last day.
/// </summary>
public sealed record SupersedeReportRequest(
    string? Reason,
    IReadOnlyList<SignatoryRequest>? Signatories,
    string? OriginatingUnit,
    string? DocumentNumber
);
