namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// Approving a draft: who approves (ปลัด/นายก), printed as the signatory of the announcement, and the day they signed
/// (signedOn, YYYY-MM-DD; today when absent).
/// </summary>
public sealed record ApproveRequest(int? Version, SignatoryRequest? Approver, DateOnly? SignedOn);
