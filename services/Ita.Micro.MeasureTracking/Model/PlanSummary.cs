namespace Ita.Micro.MeasureTracking.Model;

public sealed record PlanSummary(
    Guid Id, string OrganisationCode, string OrganisationName, string Province, int AssessedFiscalYear, int PlanFiscalYear,
    PlanStatus Status, int Version, int MeasureCount, int OverdueMeasures);
