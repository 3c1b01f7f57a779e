using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>What the progress report and its memo are made from: the submitted report and the assessed year's result.</summary>
public sealed record ProgressDocumentData(ProgressReportSubmitted Report, AssessedResult? Assessed);
