using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

public sealed record TrendYear(
    int FiscalYear,
    decimal Total,
    string? Rating,
    bool Passed,
    IReadOnlyList<ToolScore> Tools,
    IReadOnlyList<TrendIndicator> Indicators,
    decimal? ChangeFromPrevious,
    string? Note
);
