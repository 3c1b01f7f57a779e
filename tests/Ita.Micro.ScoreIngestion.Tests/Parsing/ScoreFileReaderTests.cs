using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

public sealed class ScoreFileReaderTests
{
    [Theory]
    [InlineData("scores.json", null, ScoreFileFormat.Json)]
    [InlineData("SCORES.CSV", null, ScoreFileFormat.Csv)]
    [InlineData("คะแนน ITA 2568.xlsx", null, ScoreFileFormat.Xlsx)]
    // Windows browsers send .csv as an Excel type: the extension wins.
    [InlineData("scores.csv", "application/vnd.ms-excel", ScoreFileFormat.Csv)]
    [InlineData(null, "application/json; charset=utf-8", ScoreFileFormat.Json)]
    [InlineData("upload", "application/problem+json", ScoreFileFormat.Json)]
    [InlineData(null, "text/csv", ScoreFileFormat.Csv)]
    [InlineData("blob", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ScoreFileFormat.Xlsx)]
    public void Detects_the_format_by_extension_then_content_type(
        string? fileName,
        string? contentType,
        ScoreFileFormat expected
    )
    {
        Assert.Equal(expected, ScoreFileReader.Detect(fileName, contentType));
    }

    [Theory]
    [InlineData("scores.txt", "text/plain")]
    [InlineData(null, null)]
    [InlineData("scores", "application/octet-stream")]
    public void Refuses_an_unknown_format_in_Thai_and_English(string? fileName, string? contentType)
    {
        var ex = Assert.Throws<ImportFileException>(() => ScoreFileReader.Detect(fileName, contentType));
        Assert.Contains("ไม่รู้จักชนิดไฟล์", ex.Message);
        Assert.Contains(".json, .csv and .xlsx are accepted", ex.Message);
    }

    [Fact]
    public void Refuses_the_old_Excel_format_and_says_what_to_save_as()
    {
        var ex = Assert.Throws<ImportFileException>(() =>
            ScoreFileReader.Detect("scores.xls", "application/vnd.ms-excel")
        );
        Assert.Contains(".xlsx", ex.Message);
    }

    [Theory]
    [InlineData("scores-bom-thai-digits.csv", ScoreFileFormat.Csv)]
    [InlineData("scores.json", ScoreFileFormat.Json)]
    [InlineData("scores.xlsx", ScoreFileFormat.Xlsx)]
    public async Task Stops_when_cancelled_without_calling_it_a_bad_file(string file, ScoreFileFormat format)
    {
        using var cancellation = new CancellationTokenSource();
        var rows = ScoreFileReader.ReadAsync(
            new MemoryStream(TestFiles.Bytes(file)),
            format,
            new CodeBookStore(),
            cancellation.Token
        );

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in rows)
                await cancellation.CancelAsync();
        });
    }
}
