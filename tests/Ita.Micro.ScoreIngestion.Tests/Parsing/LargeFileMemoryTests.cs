using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Services.Parsing;
using Xunit.Abstractions;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

[Collection(MemoryMeasurementCollection.Name)]
public sealed class LargeFileMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const int Rows = 8_000;
    private const int ItemColumns = 80;
    private const long HeapLimit = 50L * 1024 * 1024;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ita-large-{Guid.NewGuid():N}");

    /// <summary>
    /// A national file is 7,852 rows: 8,000 rows of 80 item columns make a file of over 10 MB, which as strings and
    /// rows held at once would be several times that. Sampled after a full collection every 1,000 rows, the managed
    /// heap must stay under 50 MB, which it can only do if rows are yielded and dropped one by one.
    /// </summary>
    [Theory]
    [InlineData(ScoreFileFormat.Csv)]
    [InlineData(ScoreFileFormat.Json)]
    public async Task Reads_8000_rows_of_80_items_with_the_managed_heap_under_50_MB(ScoreFileFormat format)
    {
        var size = format == ScoreFileFormat.Csv ? WriteLargeCsv() : WriteLargeJson();
        var before = Heap();
        var peak = 0L;
        var rows = 0;
        var items = 0L;
        var clock = Stopwatch.StartNew();

        await using (var file = File.OpenRead(_path))
        {
            var books = new CodeBookStore();
            await foreach (var row in ScoreFileReader.ReadAsync(file, format, books, CancellationToken.None))
            {
                Assert.Empty(row.Errors);
                rows++;
                items += row.Value!.Scores.Items.Count;
                if (rows % 1_000 == 0)
                    peak = Math.Max(peak, Heap());
            }
        }
        clock.Stop();

        output.WriteLine(
            $"{format}: file {size / 1024.0 / 1024:F1} MB, {rows} rows, {items} item scores in {clock.ElapsedMilliseconds} ms; "
                + $"heap before {before / 1024.0 / 1024:F1} MB, peak during the read {peak / 1024.0 / 1024:F1} MB "
                + $"(+{(peak - before) / 1024.0 / 1024:F1} MB)"
        );
        Assert.True(size > 10 * 1024 * 1024, $"the file is only {size} bytes");
        Assert.Equal((Rows, (long)Rows * ItemColumns), (rows, items));
        Assert.True(peak < HeapLimit, $"managed heap reached {peak} bytes");
    }

    public void Dispose() => File.Delete(_path);

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>2565 has 88 items (i1–i30, e1–e15, O1–O43): the first 80, in lower case to exercise matching.</summary>
    private static string[] Codes() =>
        new CodeBookStore().FindShipped(2565)!.Items.Take(ItemColumns).Select(i => i.Code.ToLowerInvariant()).ToArray();

    /// <summary>Writes the file row by row (never whole in memory itself) and returns its size.</summary>
    private long WriteLargeCsv()
    {
        var codes = Codes();
        var random = new Random(2565);
        using var writer = new StreamWriter(_path, false, new UTF8Encoding(true));
        writer.Write("organisation_code,fiscal_year,total,rating,iit,eit,oit");
        for (var i = 1; i <= 10; i++)
            writer.Write($",indicator_{i}");
        foreach (var code in codes)
            writer.Write($",{code}");
        writer.Write("\r\n");
        for (var row = 0; row < Rows; row++)
        {
            writer.Write($"{6_000_000 + row},2565,{Score(random)},ผ่าน");
            for (var i = 0; i < 3 + 10 + codes.Length; i++)
                writer.Write($",{Score(random)}");
            writer.Write("\r\n");
        }
        writer.Flush();
        return writer.BaseStream.Length;
    }

    /// <summary>The same rows as the body of POST /api/imports, entry by entry.</summary>
    private long WriteLargeJson()
    {
        var codes = Codes();
        var random = new Random(2565);
        using var writer = new StreamWriter(_path, false, new UTF8Encoding(false));
        writer.Write("{\"source\": \"ทดสอบ\", \"assessments\": [\n");
        for (var row = 0; row < Rows; row++)
        {
            writer.Write(
                $"{(row == 0 ? "" : ",\n")}{{\"organisationCode\": \"{6_000_000 + row}\", \"fiscalYear\": 2565, \"publishedRating\": \"ผ่าน\", "
            );
            writer.Write($"\"scores\": {{\"total\": {Score(random)}, \"tools\": [");
            writer.Write(
                string.Join(
                    ", ",
                    new[] { "IIT", "EIT", "OIT" }.Select(t => $"{{\"tool\": \"{t}\", \"score\": {Score(random)}}}")
                )
            );
            writer.Write("], \"indicators\": [");
            writer.Write(
                string.Join(
                    ", ",
                    Enumerable.Range(1, 10).Select(i => $"{{\"indicator\": {i}, \"score\": {Score(random)}}}")
                )
            );
            writer.Write("], \"items\": [");
            writer.Write(string.Join(", ", codes.Select(c => $"{{\"code\": \"{c}\", \"score\": {Score(random)}}}")));
            writer.Write("]}}");
        }
        writer.Write("\n]}\n");
        writer.Flush();
        return writer.BaseStream.Length;
    }

    /// <summary>A score with the long fractions spreadsheets export, e.g. 85.7142857142.</summary>
    private static string Score(Random random) =>
        Math.Round(random.NextDouble() * 100, 10).ToString("0.0000000000", CultureInfo.InvariantCulture);
}
