using System.IO.Compression;
using System.Text;
using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

/// <summary>
/// Corrupts the committed score files in the ways uploads go wrong — cut short, bit rot, the wrong file, the wrong
/// encoding, hostile or absurd cells, columns swapped, a damaged zip or damaged XML inside a sound zip —
/// deterministically from a seed, so a failure can be replayed.
/// </summary>
internal static class FuzzInputs
{
    private static readonly string[] Hostile =
    [
        "=1+1",
        "=cmd|' /C calc'!A0",
        "+85",
        "-85",
        "@SUM(A1)",
        "1e400",
        "1e30",
        "NaN",
        "-0",
        "85,71",
        "๘๕.๗๑",
        "99999999999999999999999999999999999999",
        "0.0000000000000000000000000000001",
        "\"",
        "\"\"",
        "\0",
        "\u202E85",
        "<x>",
        "]]>",
        "&amp;",
        "\\u0000",
        "null",
        "true",
        "{}",
        "[]",
        new string('9', 5000),
        new string('ก', 3000),
    ];

    public static IEnumerable<FuzzCase> Generate(int seed, int perFile)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var random = new Random(seed);
        var files = new (string Name, ScoreFileFormat Format)[]
        {
            ("scores-bom-thai-digits.csv", ScoreFileFormat.Csv),
            ("scores-items.csv", ScoreFileFormat.Csv),
            ("scores.json", ScoreFileFormat.Json),
            ("scores.xlsx", ScoreFileFormat.Xlsx),
        };
        foreach (var (name, format) in files)
        {
            var original = TestFiles.Bytes(name);
            for (var i = 0; i < perFile; i++)
            {
                var (what, bytes) = Mutate(random, original, format);
                // Now and then read a file as another format: uploads get mislabelled.
                var readAs = random.Next(10) == 0 ? (ScoreFileFormat)random.Next(3) : format;
                yield return new FuzzCase(
                    $"{name} #{i}: {what} (read as {readAs})",
                    bytes,
                    readAs,
                    random.Next(4) == 0
                );
            }
        }
        for (var i = 0; i < perFile / 2; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            yield return new FuzzCase(
                $"random #{i}: {bytes.Length} random bytes",
                bytes,
                (ScoreFileFormat)(i % 3),
                i % 2 == 0
            );
        }
    }

    private static (string What, byte[] Bytes) Mutate(Random random, byte[] original, ScoreFileFormat format)
    {
        var choice = random.Next(format == ScoreFileFormat.Xlsx ? 12 : 10);
        switch (choice)
        {
            case 0:
            {
                var at = random.Next(original.Length + 1);
                return ($"truncated at {at}", original[..at]);
            }
            case 1:
            {
                var bytes = (byte[])original.Clone();
                var flips = random.Next(1, 12);
                for (var k = 0; k < flips; k++)
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return ($"{flips} bit flips", bytes);
            }
            case 2:
            {
                var bytes = (byte[])original.Clone();
                var count = random.Next(1, 40);
                for (var k = 0; k < count; k++)
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return ($"{count} random bytes overwritten", bytes);
            }
            case 3:
            {
                var at = random.Next(original.Length);
                var length = random.Next(1, Math.Min(200, original.Length - at) + 1);
                return ($"{length} bytes removed at {at}", [.. original[..at], .. original[(at + length)..]]);
            }
            case 4:
            {
                var at = random.Next(original.Length);
                var length = random.Next(1, Math.Min(300, original.Length - at) + 1);
                return ($"{length} bytes repeated at {at}", [.. original[..(at + length)], .. original[at..]]);
            }
            case 5 when format != ScoreFileFormat.Xlsx:
            {
                var encoding = new[] { "utf-16", "utf-16BE", "windows-874", "iso-8859-1", "utf-32" }[random.Next(5)];
                var text = Encoding.UTF8.GetString(original);
                return ($"re-encoded as {encoding}", Encoding.GetEncoding(encoding).GetBytes(text));
            }
            case 6 when format != ScoreFileFormat.Xlsx:
            case 7 when format != ScoreFileFormat.Xlsx:
            {
                var cell = Hostile[random.Next(Hostile.Length)];
                return ($"a value replaced by {Shorten(cell)}", ReplaceValue(random, original, format, cell));
            }
            case 8 when format == ScoreFileFormat.Csv:
                return ("two columns swapped", SwapColumns(random, original));
            case 8 when format == ScoreFileFormat.Json:
            case 9 when format != ScoreFileFormat.Xlsx:
                return ("two lines swapped", SwapLines(random, original));
            case 10 or 11 or 5 or 6 or 7 or 8 or 9:
                return DamageInsideZip(random, original);
            default:
                throw new InvalidOperationException($"mutation {choice}");
        }
    }

    private static byte[] ReplaceValue(Random random, byte[] original, ScoreFileFormat format, string value)
    {
        var text = Encoding.UTF8.GetString(original);
        if (format == ScoreFileFormat.Json)
        {
            // Replace one number token, as a bare token or as a string.
            var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"(?<=[:\s\[])\d+(\.\d+)?(?=[\s,}\]])");
            if (numbers.Count == 0)
                return original;
            var match = numbers[random.Next(numbers.Count)];
            var replacement = random.Next(2) == 0 ? value : System.Text.Json.JsonSerializer.Serialize(value);
            return Encoding.UTF8.GetBytes(text[..match.Index] + replacement + text[(match.Index + match.Length)..]);
        }
        var lines = text.Split('\n');
        var line = random.Next(lines.Length);
        var fields = lines[line].Split(',');
        fields[random.Next(fields.Length)] = random.Next(2) == 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
        lines[line] = string.Join(',', fields);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] SwapColumns(Random random, byte[] original)
    {
        var text = Encoding.UTF8.GetString(original);
        var lines = text.Split('\n');
        // Swap in the header only (values end up under the wrong names) or in every line (a consistent reorder).
        var headerOnly = random.Next(2) == 0;
        var width = lines[0].Split(',').Length;
        var (a, b) = (random.Next(width), random.Next(width));
        for (var i = 0; i < (headerOnly ? 1 : lines.Length); i++)
        {
            var fields = lines[i].Split(',');
            if (a < fields.Length && b < fields.Length)
                (fields[a], fields[b]) = (fields[b], fields[a]);
            lines[i] = string.Join(',', fields);
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] SwapLines(Random random, byte[] original)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n');
        var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>A sound zip around damaged XML, or a damaged zip structure: both must be refused as a file, not crash.</summary>
    private static (string What, byte[] Bytes) DamageInsideZip(Random random, byte[] original)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var zip = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read))
            foreach (var entry in zip.Entries)
            {
                using var content = new MemoryStream();
                using (var stream = entry.Open())
                    stream.CopyTo(content);
                entries.Add((entry.FullName, content.ToArray()));
            }

        var target = random.Next(entries.Count);
        var (name, xml) = entries[target];
        string what;
        switch (random.Next(6))
        {
            case 0:
                var at = random.Next(xml.Length);
                entries[target] = (name, xml[..at]);
                what = $"{name} cut at {at}";
                break;
            case 1:
                var text = Encoding.UTF8.GetString(xml);
                var tag = text.IndexOf("</", random.Next(text.Length), StringComparison.Ordinal);
                entries[target] = (name, Encoding.UTF8.GetBytes(tag < 0 ? text + "<" : text.Remove(tag, 2)));
                what = $"{name} with a closing tag broken";
                break;
            case 2:
                entries.RemoveAt(target);
                what = $"{name} removed";
                break;
            case 3:
                var s = Encoding.UTF8.GetString(xml);
                var value = Hostile[random.Next(Hostile.Length)];
                var v = s.IndexOf("<x:v>", StringComparison.Ordinal);
                entries[target] = (
                    name,
                    Encoding.UTF8.GetBytes(
                        v < 0 ? s : s.Insert(v + 5, System.Security.SecurityElement.Escape(value) ?? "")
                    )
                );
                what = $"{name} with a value prefixed by {Shorten(value)}";
                break;
            case 4:
                var attribute = Encoding
                    .UTF8.GetString(xml)
                    .Replace(" r=\"", " r=\"Z" + new string('Z', random.Next(4)), StringComparison.Ordinal);
                entries[target] = (name, Encoding.UTF8.GetBytes(attribute));
                what = $"{name} with cell references pushed far right or made invalid";
                break;
            default:
                var bytes = (byte[])original.Clone();
                var eocd = bytes.Length - 22;
                for (var k = 0; k < 6; k++)
                    bytes[Math.Max(0, eocd + random.Next(22))] ^= 0xFF;
                return ("end of central directory damaged", bytes);
        }

        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (entryName, content) in entries)
            {
                using var stream = zip.CreateEntry(entryName).Open();
                stream.Write(content);
            }
        return (what, output.ToArray());
    }

    private static string Shorten(string value) => value.Length > 20 ? $"{value[..10]}…({value.Length} chars)" : value;
}
