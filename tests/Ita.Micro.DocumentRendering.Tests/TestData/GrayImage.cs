using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>
/// An 8-bit grayscale image: read from pdftoppm's PGM output, and written to and read from PNG (grayscale, 8 bits,
/// no interlace) without an imaging library, for golden comparisons.
/// </summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    /// <summary>A binary PGM (P5, maxval 255) as pdftoppm -gray writes it.</summary>
    public static GrayImage FromPgm(byte[] pgm)
    {
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[at]) || pgm[at] == '#')
            {
                if (pgm[at] == '#')
                    while (pgm[at] != '\n')
                        at++;
                else
                    at++;
            }
            var start = at;
            while (!char.IsWhiteSpace((char)pgm[at]))
                at++;
            return Encoding.ASCII.GetString(pgm, start, at - start);
        }
        if (Token() != "P5")
            throw new InvalidDataException("Not a binary PGM");
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        if (Token() != "255")
            throw new InvalidDataException("Only 8-bit PGM is read");
        at++;
        return new GrayImage(width, height, pgm.AsSpan(at, width * height).ToArray());
    }

    public byte[] ToPng()
    {
        using var output = new MemoryStream();
        output.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bit depth; colour type 0 (gray), compression, filter, interlace all 0
        Chunk(output, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                for (var y = 0; y < Height; y++)
                {
                    zlib.WriteByte(0); // filter: none
                    zlib.Write(Pixels, y * Width, Width);
                }
            }
            Chunk(output, "IDAT", raw.ToArray());
        }
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>Reads an 8-bit grayscale PNG, with any of the five row filters.</summary>
    public static GrayImage FromPng(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException("Not a PNG");
        int width = 0,
            height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < png.Length; )
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                if (body[8] != 8 || body[9] != 0 || body[12] != 0)
                    throw new InvalidDataException("Only 8-bit grayscale, non-interlaced PNG is read");
            }
            else if (type == "IDAT")
                data.Write(body);
            at += 12 + length;
        }
        data.Position = 0;
        using var zlib = new ZLibStream(data, CompressionMode.Decompress);
        var rows = new byte[(width + 1) * height];
        zlib.ReadExactly(rows);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = rows[y * (width + 1)];
            for (var x = 0; x < width; x++)
            {
                int raw = rows[y * (width + 1) + 1 + x];
                int a = x > 0 ? pixels[y * width + x - 1] : 0,
                    b = y > 0 ? pixels[(y - 1) * width + x] : 0;
                int c = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1] : 0;
                pixels[y * width + x] = (byte)(
                    filter switch
                    {
                        0 => raw,
                        1 => raw + a,
                        2 => raw + b,
                        3 => raw + (a + b) / 2,
                        4 => raw + Paeth(a, b, c),
                        _ => throw new InvalidDataException($"Unknown PNG filter {filter}"),
                    }
                );
            }
        }
        return new GrayImage(width, height, pixels);
    }

    /// <summary>The share of pixels that differ by more than <paramref name="threshold"/> levels (1 when the sizes differ).</summary>
    public double DifferenceFrom(GrayImage other, int threshold = 64)
    {
        if (other.Width != Width || other.Height != Height)
            return 1;
        var differing = 0;
        for (var i = 0; i < Pixels.Length; i++)
            if (Math.Abs(Pixels[i] - other.Pixels[i]) > threshold)
                differing++;
        return (double)differing / Pixels.Length;
    }

    private static readonly uint[] CrcTable = Enumerable
        .Range(0, 256)
        .Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            return c;
        })
        .ToArray();

    /// <summary>The CRC-32 PNG puts after each chunk (System.IO.Hashing is not available here).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a),
            pb = Math.Abs(p - b),
            pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a
            : pb <= pc ? b
            : c;
    }

    private static void Chunk(Stream output, string type, byte[] body)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        output.Write(number);
        var typed = new byte[4 + body.Length];
        Encoding.ASCII.GetBytes(type, typed);
        body.CopyTo(typed, 4);
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        output.Write(number);
    }
}
