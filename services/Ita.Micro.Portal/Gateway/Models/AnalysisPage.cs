namespace Ita.Micro.Portal.Gateway.Models;

public sealed record AnalysisPage(int Page, int PageSize, int TotalCount, IReadOnlyList<AnalysisRow> Items);
