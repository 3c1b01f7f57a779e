using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record PlanSummary(
    Guid Id,
    string OrganisationCode,
    string OrganisationName,
    string Province,
    int AssessedFiscalYear,
    int PlanFiscalYear,
    PlanStatus Status,
    int Version,
    int MeasureCount,
    int OverdueMeasures
);
