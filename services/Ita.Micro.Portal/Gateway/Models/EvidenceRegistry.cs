namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>An organisation's evidence registry and coverage for a fiscal year.</summary>
public sealed record EvidenceRegistry(
    string OrganisationCode,
    int FiscalYear,
    bool CodeBookFound,
    CalendarWindowView? SubmissionWindow,
    int? DaysUntilSubmissionCloses,
    int ItemCount,
    int Covered,
    int Unverified,
    int OnlyBroken,
    int Missing,
    int BrokenLinks,
    IReadOnlyList<EvidenceItem> Items,
    IReadOnlyList<EvidenceLinkView> WithoutItem
);
