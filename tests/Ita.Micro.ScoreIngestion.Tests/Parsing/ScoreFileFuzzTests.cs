using System.Diagnostics;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Services.Parsing;
using Xunit.Abstractions;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

public sealed class ScoreFileFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_122;
    private const int PerFile = 100;

    /// <summary>
    /// A broken upload must cost an officer a message, never the service an unhandled exception or a hang. The limit
    /// only tells a hang from slow work on a loaded machine; how fast a file is read is measured in bench/.
    /// </summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_corrupted_file_yields_rows_and_row_errors_or_an_ImportFileException_and_never_hangs()
    {
        var cases = FuzzInputs.Generate(Seed, PerFile).ToList();
        var failures = new List<string>();
        var (clean, withRowErrors, refused) = (0, 0, 0);
        var slowest = TimeSpan.Zero;

        foreach (var fuzz in cases)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                // WaitAsync turns a hang into a failure instead of a test run that never ends.
                var rows = await Task.Run(() => ReadAsync(fuzz)).WaitAsync(HangLimit);
                if (rows.errors > 0)
                    withRowErrors++;
                else
                    clean++;
            }
            catch (ImportFileException ex) when (ex.Message.Contains(" / ", StringComparison.Ordinal))
            {
                refused++;
            }
            catch (Exception ex)
            {
                failures.Add($"{fuzz.Description}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
            clock.Stop();
            if (clock.Elapsed > slowest)
                slowest = clock.Elapsed;
        }

        output.WriteLine(
            $"{cases.Count} inputs: {clean} read cleanly, {withRowErrors} with row errors, {refused} refused; slowest {slowest.TotalMilliseconds:F0} ms"
        );
        Assert.True(cases.Count >= 300, $"only {cases.Count} inputs");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)));
    }

    private static async Task<(int rows, int errors)> ReadAsync(FuzzCase fuzz)
    {
        Stream stream = fuzz.ForwardOnly ? new ChunkedStream(fuzz.Bytes, 4096) : new MemoryStream(fuzz.Bytes);
        var (rows, errors) = (0, 0);
        var books = new CodeBookStore();
        await foreach (var row in ScoreFileReader.ReadAsync(stream, fuzz.Format, books, CancellationToken.None))
        {
            rows++;
            // Every error is worded in both languages and a row with errors carries no value.
            Assert.All(row.Errors, e => Assert.Contains(" / ", e.Message));
            if (row.Errors.Count > 0)
            {
                Assert.Null(row.Value);
                errors++;
            }
            else
                Assert.NotNull(row.Value);
        }
        return (rows, errors);
    }
}
