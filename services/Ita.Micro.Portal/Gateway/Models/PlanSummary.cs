namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A row of GET /api/plans.</summary>
public sealed record PlanSummary(
    Guid Id,
    string OrganisationCode,
    int PlanFiscalYear,
    string Status,
    int Version,
    int MeasureCount = 0,
    int OverdueMeasures = 0
);
