using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/plans/{org}/{year}: an improvement plan with its measures; Version is its ETag.</summary>
public sealed record Plan(
    Guid Id,
    string OrganisationCode,
    string OrganisationName,
    string OrganisationType,
    string Province,
    int AssessedFiscalYear,
    int PlanFiscalYear,
    DateOnly FiscalYearStart,
    DateOnly FiscalYearEnd,
    string Status,
    int Version,
    Signatory? Approver,
    string? ApprovedBy,
    DateTime? ApprovedAtUtc,
    DateOnly? ApprovedOn,
    DateOnly? AnnouncedOn,
    string? PublishedBy,
    DateTime? PublishedAtUtc,
    IReadOnlyList<Measure> Measures
)
{
    public bool IsDraft => Status == "Draft";
    public bool IsApproved => Status == "Approved";
    public bool IsPublished => Status == "Published";

    /// <summary>Progress is reported while the plan runs: approved or published (the API's rule, for hiding the form only).</summary>
    public bool TakesProgress => IsApproved || IsPublished;
}
