namespace Ita.Micro.Analysis.Apis;

/// <summary>One page of <see cref="AnalysisSummary"/> rows with the count of every row the filters match.</summary>
public sealed record AnalysisPage
{
    public required int Page { get; init; }
    public required int PageSize { get; init; }

    /// <summary>Rows matching the filters on all pages, so a client can show "page 2 of 40" without another call.</summary>
    public required int TotalCount { get; init; }
    public required IReadOnlyList<AnalysisSummary> Items { get; init; }
}
