using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>POST …/approve: the approver who signs, on the version approved, and the day they signed.</summary>
public sealed record ApproveBody(int Version, Signatory Approver, DateOnly SignedOn);
