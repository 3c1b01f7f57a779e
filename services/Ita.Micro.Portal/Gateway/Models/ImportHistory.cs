namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/imports: the import history, newest first.</summary>
public sealed record ImportHistory(int Page, int PageSize, int TotalCount, IReadOnlyList<ImportView> Items);
