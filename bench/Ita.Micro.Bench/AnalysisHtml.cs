using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ita.Micro.Bench;

/// <summary>
/// The analysis report's HTML exactly as the service makes it: the one place the benchmark calls the service's
/// template, so a change of the template's public entry point is adapted here and nowhere else.
/// </summary>
public static class AnalysisHtml
{
    /// <summary>The shared Garuda (../shared/assets/garuda.svg) when it exists, as tests and local runs use it.</summary>
    public static string? SharedEmblemPath =>
        Ita.Micro.Testing.Repository.Shared is { } shared
        && Path.Combine(shared, "assets", "garuda.svg") is var path
        && File.Exists(path)
            ? path
            : null;

    /// <summary>
    /// The emblem prepared once, before any clock starts, as the service's DocumentRenderer prepares it: the service's
    /// <see cref="EmblemLoader"/> on a Chromium of its own (an SVG is rasterised to a PNG).
    /// </summary>
    public static async Task<EmblemImage> PrepareEmblemAsync(string path, string chromium, string folder)
    {
        var options = new ChromiumOptions
        {
            ExecutablePath = chromium,
            Pages = 1,
            UserDataRoot = Path.Combine(folder, "emblem-chromium"),
        };
        await using var renderer = new ChromiumPdfRenderer(options, NullLogger<ChromiumPdfRenderer>.Instance);
        return await EmblemLoader.LoadAsync(path, renderer, NullLogger.Instance, CancellationToken.None)
            ?? throw new FileNotFoundException("The emblem file does not exist.", path);
    }

    /// <param name="emblem">The emblem prepared once by <see cref="PrepareEmblemAsync"/>; null for the marked box.</param>
    public static string Render(DateOnly preparedOn, EmblemImage? emblem) =>
        AnalysisReport.Html(
            SeedAnalysis.Analysis(),
            SeedAnalysis.Plan(),
            new AnalysisReportOptions(preparedOn, ThaiDigits: true, emblem)
        );
}
