namespace Ita.Micro.Portal.Gateway.Models;

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount);
