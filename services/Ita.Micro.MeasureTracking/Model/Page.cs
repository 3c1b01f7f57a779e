namespace Ita.Micro.MeasureTracking.Model;

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount);
