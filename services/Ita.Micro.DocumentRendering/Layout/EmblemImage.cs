using System.Buffers.Binary;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// The Garuda as one PNG, prepared once and placed in every document: the HTML carries it as a data URI and the DOCX
/// as an image part. A bitmap, because an SVG emblem is line art that Chromium would parse and paint again for every
/// document, and Word shows an SVG only with a bitmap fallback anyway.
/// </summary>
public sealed class EmblemImage
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private EmblemImage(byte[] png, int width, int height)
    {
        Png = png;
        Width = width;
        Height = height;
        // Encoded here once: the same string goes into every document's HTML.
        DataUri = "data:image/png;base64," + Convert.ToBase64String(png);
    }

    public byte[] Png { get; }

    /// <summary>Pixels, from the PNG's header: the placed emblem keeps this aspect ratio.</summary>
    public int Width { get; }

    public int Height { get; }

    /// <summary>The PNG as a data URI: an image cannot run script or fetch anything, whatever the file holds.</summary>
    public string DataUri { get; }

    /// <summary>Reads the size from the PNG's IHDR chunk; anything that is not a PNG is refused.</summary>
    public static EmblemImage FromPng(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4).
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            throw new ArgumentException("The emblem is not a PNG image.", nameof(png));
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        if (width <= 0 || height <= 0)
            throw new ArgumentException("The emblem PNG has no pixels.", nameof(png));
        return new EmblemImage(png, width, height);
    }
}
