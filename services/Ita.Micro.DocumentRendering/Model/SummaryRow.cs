namespace Ita.Micro.DocumentRendering.Model;

/// <summary>One organisation in a <see cref="SummaryData"/>.</summary>
public sealed record SummaryRow(
    string Code,
    string Name,
    string Province,
    decimal? Total,
    string? Rating,
    bool? Passed,
    IReadOnlyList<IndicatorScoreEntry> Indicators,
    PlanStage Plan,
    bool SixMonthReport,
    bool TwelveMonthReport
)
{
    public static SummaryRow From(OrganisationYear o) =>
        new(
            o.OrganisationCode,
            o.Name,
            o.Province,
            o.Total,
            o.Rating,
            o.Passed,
            System.Text.Json.JsonSerializer.Deserialize<List<IndicatorScoreEntry>>(o.IndicatorsJson) ?? [],
            o.Plan,
            o.SixMonthReport,
            o.TwelveMonthReport
        );
}
