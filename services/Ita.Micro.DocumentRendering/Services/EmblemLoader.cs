using Ita.Micro.DocumentRendering.Layout;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// Turns the deployment's emblem file (Documents:EmblemPath, an .svg or a .png) into the one PNG that every document
/// carries. The only place that reads the file: <see cref="DocumentRenderer"/> calls it once, the benchmark likewise.
/// </summary>
public static class EmblemLoader
{
    /// <summary>
    /// 360 px: ~300 dpi for the 3 cm emblem and ~600 dpi for the memo's 1.5 cm, the resolution office printers print
    /// line art at. Chromium decodes the image and compresses it into every PDF, at a cost that grows with its pixels:
    /// in the benchmark 600 px cost ~17 ms more CPU per document than 300 px, and made the emblem dearer than the SVG.
    /// </summary>
    public const int SvgPixels = 360;

    /// <summary>True for an empty path (no emblem) or a file name ending in .svg or .png.</summary>
    public static bool IsSupported(string? path) =>
        string.IsNullOrWhiteSpace(path)
        || Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png";

    /// <summary>
    /// The emblem, or null when no path is configured or the file is missing (documents then show a marked empty box
    /// of its size: a missing emblem must not stop documents). An SVG is rasterised by the renderer's own Chromium.
    /// </summary>
    public static async Task<EmblemImage?> LoadAsync(
        string? path, ChromiumPdfRenderer chromium, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(path))
            return null;
        if (!IsSupported(path))
            throw new ArgumentException($"Documents:EmblemPath '{path}' must be an .svg or a .png file.", nameof(path));
        if (!File.Exists(path))
        {
            logger.LogWarning("Documents:EmblemPath {EmblemPath} does not exist; documents show an empty emblem box", path);
            return null;
        }
        if (Path.GetExtension(path).Equals(".png", StringComparison.OrdinalIgnoreCase))
            return EmblemImage.FromPng(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));

        var svg = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var png = await chromium.RasteriseSvgAsync(svg, SvgPixels, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Rasterised the emblem {EmblemPath} ({SvgChars} characters of SVG) to a {Pixels} px PNG of {PngBytes} bytes",
            path, svg.Length, SvgPixels, png.Length);
        return EmblemImage.FromPng(png);
    }
}
