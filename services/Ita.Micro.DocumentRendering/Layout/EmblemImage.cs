using System.Buffers.Binary;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// The Garuda, prepared once and placed in every document: a PNG with a transparent background for the DOCX (an image
/// part an officer can move in Word), and the same picture as a JPEG on white for the HTML that Chromium prints.
/// Bitmaps, because an SVG emblem is line art that Chromium would parse and paint again for every document; a JPEG
/// for print, because Chromium's PDF writer embeds a JPEG's bytes as they are, where it would decode a PNG and
/// compress its pixels and alpha again into every PDF (~5 ms of CPU per document, docs/benchmarks.md). The page is
/// white where the emblem stands, so nothing is lost by the opaque background.
/// </summary>
public sealed class EmblemImage
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private EmblemImage(byte[] png, byte[] printJpeg, int width, int height)
    {
        Png = png;
        PrintJpeg = printJpeg;
        Width = width;
        Height = height;
        // Encoded here once: the same string goes into every document's HTML.
        DataUri = "data:image/jpeg;base64," + Convert.ToBase64String(printJpeg);
    }

    /// <summary>The emblem for the DOCX, transparent around the bird.</summary>
    public byte[] Png { get; }

    /// <summary>The emblem for print, on white.</summary>
    public byte[] PrintJpeg { get; }

    /// <summary>Pixels of the PNG, from its header: the placed emblem keeps this aspect ratio.</summary>
    public int Width { get; }

    public int Height { get; }

    /// <summary>The print JPEG as a data URI: an image cannot run script or fetch anything, whatever the file holds.</summary>
    public string DataUri { get; }

    /// <summary>Reads the size from the PNG's IHDR chunk; anything that is not a PNG and a JPEG is refused.</summary>
    public static EmblemImage Create(byte[] png, byte[] printJpeg)
    {
        ArgumentNullException.ThrowIfNull(printJpeg);
        var (width, height) = PngSize(png);
        // Every JPEG starts with the start-of-image marker followed by another marker.
        if (printJpeg.Length < 4 || printJpeg[0] != 0xFF || printJpeg[1] != 0xD8 || printJpeg[2] != 0xFF)
            throw new ArgumentException("The emblem's print image is not a JPEG.", nameof(printJpeg));
        return new EmblemImage(png, printJpeg, width, height);
    }

    /// <summary>The pixel size in a PNG's header; anything that is not a PNG is refused.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4).
        if (
            png.Length < 24
            || !png.AsSpan(0, 8).SequenceEqual(PngSignature)
            || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8)
        )
            throw new ArgumentException("The emblem is not a PNG image.", nameof(png));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        if (width <= 0 || height <= 0)
            throw new ArgumentException("The emblem PNG has no pixels.", nameof(png));
        return (width, height);
    }
}
