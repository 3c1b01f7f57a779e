using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>What a report's memo is signed and numbered with, as read from a submission or a correction.</summary>
public sealed record ReportInput(IReadOnlyList<Signatory> Signatories, string? OriginatingUnit, string? DocumentNumber);
