namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A row of GET /api/analyses: an organisation-year's headline result.</summary>
public sealed record AnalysisRow(
    string OrganisationCode,
    string OrganisationName,
    string Province,
    string? District,
    string OrganisationType,
    int FiscalYear,
    int Revision,
    decimal Total,
    string? Rating,
    bool Passed
);
