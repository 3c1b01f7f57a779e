namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Approving a draft: who approves (ปลัด/นายก), printed as the signatory of the announcement.</summary>
public sealed record ApproveRequest(int? Version, SignatoryRequest? Approver);
