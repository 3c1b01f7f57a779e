using Ita.Micro.Contracts;

namespace Ita.Micro.Testing;

/// <summary>
/// The seed organisation's scores as docs/samples/mae-chan.json publishes them: FY 2568 in full, FY 2567 a total
/// only. The builders of the import row, the recorded assessment and the analysis all start from these, so that a
/// test's numbers agree with the sample whichever message it builds.
/// </summary>
public static class SeedScores
{
    public const int FiscalYear = 2568;
    public const decimal Total = 85.71m;
    public const string PublishedRating = "ผ่าน";

    /// <summary>FY 2567's total, the year the seed's changes compare with.</summary>
    public const decimal PreviousYearTotal = 90.17m;

    public static IReadOnlyList<ToolScore> Tools { get; } =
    [Tool("IIT", 84.99m), Tool("EIT", 85.71m), Tool("OIT", 86.25m)];

    /// <summary>Below the pass mark of 85: 4 (the weakest), 5, 10, 7 and 8.</summary>
    public static IReadOnlyList<IndicatorScore> Indicators { get; } =
    [
        Indicator(1, 87.79m),
        Indicator(2, 87.70m),
        Indicator(3, 97.18m),
        Indicator(4, 72.30m),
        Indicator(5, 80.00m),
        Indicator(6, 88.64m),
        Indicator(7, 84.01m),
        Indicator(8, 84.53m),
        Indicator(9, 92.50m),
        Indicator(10, 80.00m),
    ];

    private static ToolScore Tool(string tool, decimal score) => new() { Tool = tool, Score = score };

    private static IndicatorScore Indicator(int indicator, decimal score) =>
        new() { Indicator = indicator, Score = score };
}
