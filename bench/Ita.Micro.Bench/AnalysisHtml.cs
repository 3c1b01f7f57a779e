using Ita.Micro.DocumentRendering.Services;

namespace Ita.Micro.Bench;

/// <summary>
/// The analysis report's HTML exactly as the service makes it: the one place the benchmark calls the service's
/// template, so a change of the template's public entry point is adapted here and nowhere else.
/// </summary>
public static class AnalysisHtml
{
    /// <summary>The shared Garuda (../shared/assets/garuda.svg) when it exists, as tests and local runs use it.</summary>
    public static string? SharedEmblemPath =>
        Ita.Micro.Testing.Repository.Shared is { } shared && Path.Combine(shared, "assets", "garuda.svg") is var path && File.Exists(path)
            ? path
            : null;

    /// <param name="emblemSvg">The emblem's SVG, read once by the caller as the service's DocumentRenderer does; null for the marked box.</param>
    public static string Render(DateOnly preparedOn, string? emblemSvg) =>
        AnalysisReport.Html(SeedAnalysis.Analysis(), SeedAnalysis.Plan(), new AnalysisReportOptions(preparedOn, ThaiDigits: true, emblemSvg));
}
