using Ita.Micro.DocumentRendering.Layout;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// Turns the deployment's emblem file (Documents:EmblemPath, an .svg or a .png) into the images every document
/// carries. The only place that reads the file: <see cref="DocumentRenderer"/> calls it once, the benchmark likewise.
/// </summary>
public static class EmblemLoader
{
    /// <summary>
    /// 360 px: ~300 dpi for the 3 cm emblem and ~600 dpi for the memo's 1.5 cm, the resolution office printers print
    /// line art at. Also the most pixels a PNG file's print copy keeps: Chromium reads the image for every document.
    /// </summary>
    public const int SvgPixels = 360;

    /// <summary>JPEG quality of the print copy: no visible ringing around the emblem's lines at 300 dpi.</summary>
    public const int PrintQuality = 90;

    /// <summary>True for an empty path (no emblem) or a file name ending in .svg or .png.</summary>
    public static bool IsSupported(string? path) =>
        string.IsNullOrWhiteSpace(path) || Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png";

    /// <summary>
    /// The emblem, or null when no path is configured or the file is missing (documents then show a marked empty box
    /// of its size: a missing emblem must not stop documents). An SVG is rasterised by the renderer's own Chromium to
    /// the PNG; the print JPEG is always painted by it, from the SVG or the PNG.
    /// </summary>
    public static async Task<EmblemImage?> LoadAsync(
        string? path,
        ChromiumPdfRenderer chromium,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(chromium);
        ArgumentNullException.ThrowIfNull(logger);
        if (string.IsNullOrWhiteSpace(path))
            return null;
        if (!IsSupported(path))
            throw new ArgumentException($"Documents:EmblemPath '{path}' must be an .svg or a .png file.", nameof(path));
        if (!File.Exists(path))
        {
            logger.LogWarning(
                "Documents:EmblemPath {EmblemPath} does not exist; documents show an empty emblem box",
                path
            );
            return null;
        }

        byte[] png;
        int width,
            height;
        string source;
        if (Path.GetExtension(path).Equals(".png", StringComparison.OrdinalIgnoreCase))
        {
            png = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var (pngWidth, pngHeight) = EmblemImage.PngSize(png);
            var scale = Math.Min(1d, (double)SvgPixels / Math.Max(pngWidth, pngHeight));
            (width, height) = (
                Math.Max(1, (int)Math.Round(pngWidth * scale)),
                Math.Max(1, (int)Math.Round(pngHeight * scale))
            );
            source = "data:image/png;base64," + Convert.ToBase64String(png);
        }
        else
        {
            var svg = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            (width, height) = (SvgPixels, SvgPixels);
            source = "data:image/svg+xml;base64," + Convert.ToBase64String(svg);
            png = await chromium
                .RasteriseAsync(source, width, height, jpegQuality: null, cancellationToken)
                .ConfigureAwait(false);
        }
        var jpeg = await chromium
            .RasteriseAsync(source, width, height, PrintQuality, cancellationToken)
            .ConfigureAwait(false);
        logger.LogInformation(
            "Prepared the emblem {EmblemPath}: a PNG of {PngBytes} bytes for DOCX and a {Width} × {Height} px JPEG of {JpegBytes} bytes for PDF",
            path,
            png.Length,
            width,
            height,
            jpeg.Length
        );
        var emblem = EmblemImage.Create(png, jpeg);
        // Every document carries the emblem: the warm pages keep it rather than receive it with each one.
        chromium.KeepImage(emblem.DataUri);
        return emblem;
    }
}
