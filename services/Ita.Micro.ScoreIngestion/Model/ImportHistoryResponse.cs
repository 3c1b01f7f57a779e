namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>A page of the import history, newest first: each import's source, file, outcome and counts (no problems; those are per import).</summary>
public sealed record ImportHistoryResponse(int Page, int PageSize, int TotalCount, IReadOnlyList<ImportResponse> Items);
