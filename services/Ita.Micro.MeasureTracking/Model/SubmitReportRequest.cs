using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Submitting the 6- or 12-month report with the memo's signatories, first (the officer) to last (นายก).</summary>
public sealed record SubmitReportRequest(ReportPeriod? Period, IReadOnlyList<SignatoryRequest>? Signatories);
