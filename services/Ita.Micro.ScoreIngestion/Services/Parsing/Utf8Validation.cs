using System.Text;
using System.Text.Unicode;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Checks bytes for UTF-8 as they arrive in chunks. The JSON reader alone would not refuse a TIS-620 file: it only
/// checks string contents when a string is read, and only the strings we read.
/// </summary>
internal static class Utf8Validation
{
    /// <summary>
    /// How many leading bytes of <paramref name="bytes"/> are whole, valid UTF-8. Up to three trailing bytes may
    /// begin a character the next chunk completes; at the end of the file (<paramref name="final"/>) they may not.
    /// </summary>
    /// <param name="offset">The file offset of the first byte, to say where an invalid byte is.</param>
    public static int ValidatePrefix(ReadOnlySpan<byte> bytes, bool final, long offset)
    {
        var tail = final ? 0 : IncompleteTail(bytes);
        var whole = bytes[..^tail];
        if (Utf8.IsValid(whole))
            return whole.Length;
        var at = Math.Max(0, FirstInvalid(whole));
        // A file cut inside a character is truncated rather than in another encoding: say which.
        if (final && Rune.DecodeFromUtf8(whole[at..], out _, out _) == System.Buffers.OperationStatus.NeedMoreData)
            throw new ImportFileException(
                $"ไฟล์จบกลางตัวอักษรที่ไบต์ที่ {offset + at} (ไฟล์อาจถูกตัด) / The file ends inside a character at byte {offset + at} (it may be truncated)"
            );
        throw new ImportFileException(ParsingMessages.NotUtf8($"ที่ไบต์ที่ {offset + at}", $"at byte {offset + at}"));
    }

    /// <summary>The length of a multi-byte character begun at the end of the chunk but not finished in it.</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var k = 1; k <= Math.Min(3, bytes.Length); k++)
        {
            var b = bytes[^k];
            if ((b & 0xC0) == 0x80)
                continue;
            if (b < 0xC0)
                return 0;
            var length =
                b >= 0xF0 ? 4
                : b >= 0xE0 ? 3
                : 2;
            return length > k ? k : 0;
        }
        return 0;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; )
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return i;
            i += consumed;
        }
        return -1;
    }
}
