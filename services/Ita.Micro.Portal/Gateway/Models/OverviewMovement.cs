namespace Ita.Micro.Portal.Gateway.Models;

public sealed record OverviewMovement(
    int PreviousFiscalYear,
    int PreviousCount,
    int PreviousPassed,
    decimal? PreviousPassRate,
    decimal? PreviousMeanTotal,
    int Compared,
    int Improved,
    int Declined,
    int Unchanged
);
