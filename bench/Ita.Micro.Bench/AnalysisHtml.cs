using Ita.Micro.DocumentRendering.Services;

namespace Ita.Micro.Bench;

/// <summary>
/// The analysis report's HTML exactly as the service makes it: the one place the benchmark calls the service's
/// template, so a change of the template's public entry point is adapted here and nowhere else.
/// </summary>
public static class AnalysisHtml
{
    private static readonly Lazy<string?> Emblem = new(() =>
    {
        // Read once, as the service's DocumentRenderer does: the shared Garuda when it exists, else the marked box.
        var garuda = Ita.Micro.Testing.Repository.Shared is { } shared ? Path.Combine(shared, "assets", "garuda.svg") : null;
        return garuda is not null && File.Exists(garuda) ? File.ReadAllText(garuda) : null;
    });

    public static bool HasEmblem => Emblem.Value is not null;

    public static string Render(DateOnly preparedOn) =>
        AnalysisReport.Html(SeedAnalysis.Analysis(), SeedAnalysis.Plan(), new AnalysisReportOptions(preparedOn, ThaiDigits: true, Emblem.Value));
}
