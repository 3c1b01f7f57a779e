using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// Submitting the 6- or 12-month report with the memo's signatories, first (the officer who prepared it) to last (the
/// addressee, นายก); the unit that prepared it (ส่วนราชการ, from the organisation's units; the first when absent) and
/// the memo's number after the organisation's prefix (ที่; a dotted line when absent).
/// </summary>
public sealed record SubmitReportRequest(
    ReportPeriod? Period,
    IReadOnlyList<SignatoryRequest>? Signatories,
    string? OriginatingUnit,
    string? DocumentNumber
);
