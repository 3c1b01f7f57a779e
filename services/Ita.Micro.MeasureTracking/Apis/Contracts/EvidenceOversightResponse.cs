using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>For overseers: per province, the organisations with broken evidence or uncovered OIT items of the year.</summary>
public sealed record EvidenceOversightResponse(
    int FiscalYear,
    string? Province,
    CalendarWindow? SubmissionWindow,
    IReadOnlyList<ProvinceEvidence> Provinces
);
