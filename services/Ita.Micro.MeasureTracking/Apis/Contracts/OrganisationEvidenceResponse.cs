using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// An organisation's evidence registry for a fiscal year with its coverage: every OIT item of the year's code book,
/// its links and whether an assessor could open one; links that name no item (from progress) apart. Uncovered items
/// are those Missing or OnlyBroken. The OIT submission window comes from the year's calendar, when set.
/// </summary>
public sealed record OrganisationEvidenceResponse(
    string OrganisationCode,
    int FiscalYear,
    bool CodeBookFound,
    CalendarWindow? SubmissionWindow,
    int? DaysUntilSubmissionCloses,
    int ItemCount,
    int Covered,
    int Unverified,
    int OnlyBroken,
    int Missing,
    int BrokenLinks,
    IReadOnlyList<ItemCoverage> Items,
    IReadOnlyList<EvidenceLinkResponse> WithoutItem
);
