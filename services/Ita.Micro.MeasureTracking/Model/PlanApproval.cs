namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// Who approves a plan (ปลัด/นายก, or someone acting for them) and the day they signed, as read from the request.
/// </summary>
public sealed record PlanApproval(string Name, string Position, string? ActingFor, DateOnly SignedOn);
