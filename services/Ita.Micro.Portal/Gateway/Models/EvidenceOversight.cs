namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>Per province, the organisations with uncovered OIT items or broken links.</summary>
public sealed record EvidenceOversight(
    int FiscalYear,
    string? Province,
    CalendarWindowView? SubmissionWindow,
    IReadOnlyList<EvidenceProvince> Provinces
);
