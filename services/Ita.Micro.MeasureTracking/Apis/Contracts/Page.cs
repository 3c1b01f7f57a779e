namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount);
