namespace Ita.Micro.Analysis.Overview;

/// <summary>
/// The area's previous fiscal year, and the organisations analysed in both years by how their total moved.
/// </summary>
/// <param name="Compared">Organisations with a total in both years; Improved + Declined + Unchanged.</param>
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
