using Ita.Micro.DocumentRendering.Services;

namespace Ita.Micro.Bench;

/// <summary>
/// The analysis report's HTML exactly as the service makes it: the one place the benchmark calls the service's
/// template, so a change of the template's public entry point is adapted here and nowhere else.
/// </summary>
public static class AnalysisHtml
{
    public static string Render(DateOnly preparedOn)
    {
        var garuda = Ita.Micro.Testing.Repository.Shared is { } shared ? Path.Combine(shared, "assets", "garuda.svg") : null;
        var emblem = garuda is not null && File.Exists(garuda) ? File.ReadAllText(garuda) : null;
        return AnalysisReport.Html(SeedAnalysis.Analysis(), SeedAnalysis.Plan(), new AnalysisReportOptions(preparedOn, ThaiDigits: true, emblem));
    }
}
