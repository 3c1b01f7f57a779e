namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>
/// A row of the organisations table: the year's analysis and, when there is one, the plan it led to (the next
/// fiscal year's) with its overdue measures.
/// </summary>
public sealed record OrganisationTableRow(AnalysisRow Analysis, PlanSummary? Plan);
