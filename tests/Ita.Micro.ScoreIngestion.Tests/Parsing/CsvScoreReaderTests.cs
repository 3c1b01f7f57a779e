using System.Text;
using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

public sealed class CsvScoreReaderTests
{
    private const string Header = "organisation_code,fiscal_year,total,rating";

    private static Task<List<ParsedRow>> Read(string csv) => TestFiles.ReadTextAsync(csv, ScoreFileFormat.Csv);

    [Fact]
    public async Task Reads_a_file_with_a_BOM_and_Thai_digits_into_canonical_rows()
    {
        var rows = await TestFiles.ReadAsync("scores-bom-thai-digits.csv", ScoreFileFormat.Csv);

        Assert.Equal([1, 2, 3], rows.Select(r => r.Row));
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var first = rows[0].Value!;
        Assert.Equal(
            ("6630801", 2568, 85.71m, "ผ่าน"),
            (first.OrganisationCode, first.FiscalYear, first.Scores.Total, first.PublishedRating)
        );
        Assert.Equal(
            [("IIT", 84.99m), ("EIT", 85.71m), ("OIT", 86.25m)],
            first.Scores.Tools.Select(t => (t.Tool, t.Score))
        );
        Assert.Equal(
            [87.79m, 87.70m, 97.18m, 72.30m, 80.00m, 88.64m, 84.01m, 84.53m, 92.50m, 80m],
            first.Scores.Indicators.Select(i => i.Score)
        );
        Assert.Equal(Enumerable.Range(1, 10), first.Scores.Indicators.Select(i => i.Indicator));
        Assert.Null(first.Organisation);

        var second = rows[1].Value!;
        Assert.Equal(
            ("6630802", 2568, 91.5m, "ผ่านดี"),
            (second.OrganisationCode, second.FiscalYear, second.Scores.Total, second.PublishedRating)
        );
        Assert.Empty(second.Scores.Indicators);

        // Only what is given: a total alone stays a total alone.
        var third = rows[2].Value!;
        Assert.Equal((2567, 90.17m, null), (third.FiscalYear, third.Scores.Total, third.PublishedRating));
        Assert.Empty(third.Scores.Tools);
        Assert.Empty(third.Scores.Items);
    }

    [Fact]
    public async Task Reads_item_columns_by_the_code_of_each_rows_year_in_the_code_books_spelling()
    {
        var rows = await TestFiles.ReadAsync("scores-items.csv", ScoreFileFormat.Csv);

        Assert.Equal(4, rows.Count);
        Assert.Equal(
            [("i1", 90m), ("i2", 88.5m), ("e5", 75m), ("O23", 100m), ("O1", 0m)],
            rows[0].Value!.Scores.Items.Select(i => (i.Code, i.Score))
        );
        Assert.Equal([("e5", 66.67m), ("O1", 100m)], rows[1].Value!.Scores.Items.Select(i => (i.Code, i.Score)));
        // 2567 has no e-codes: an empty e5 cell is simply not given there…
        Assert.Equal(["i1", "i2", "O23", "O1"], rows[2].Value!.Scores.Items.Select(i => i.Code));
        // …but a value in it is refused for that row only.
        var error = TestFiles.SingleError(rows[3]);
        Assert.Equal(
            new RowError(
                4,
                "e5",
                "6630804",
                "ไม่รู้จักรหัสข้อ e5 ในปีงบประมาณ 2567 / Unknown item code e5 for fiscal year 2567"
            ),
            error
        );
    }

    [Fact]
    public async Task Refuses_a_TIS_620_file_and_asks_for_UTF_8()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            TestFiles.ReadAsync("scores-tis620.csv", ScoreFileFormat.Csv)
        );

        Assert.Contains("UTF-8", ex.Message);
        Assert.Contains("บันทึกเป็น UTF-8", ex.Message);
        Assert.Contains("save it as UTF-8", ex.Message);
    }

    [Fact]
    public async Task Refuses_invalid_bytes_after_a_UTF_8_BOM_too()
    {
        // BOM detection would swap in a decoder that replaces instead of throwing; this guards against it.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.ASCII.GetBytes($"{Header}\n6630801,2568,85,"))
            .Concat(new byte[] { 0xBC, 0xE8, 0xD2, 0xB9, (byte)'\n' })
            .ToArray();

        await Assert.ThrowsAsync<ImportFileException>(() => TestFiles.ReadAsync(bytes, ScoreFileFormat.Csv));
    }

    [Fact]
    public async Task Refuses_an_empty_file()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(""));
        Assert.Equal("ไฟล์ว่างเปล่า / The file is empty", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_file_with_a_header_and_no_data_rows()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(Header + "\r\n\r\n"));
        Assert.Contains("no data rows", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_file_without_the_required_columns_and_names_them()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read("code,year,total\n6630801,2568,85\n"));
        Assert.Contains("organisation_code, fiscal_year", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_header_that_names_one_score_twice()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            Read("organisation_code,fiscal_year,i1,I1\n6630801,2568,1,2\n")
        );
        Assert.Contains("I1", ex.Message);
    }

    [Fact]
    public async Task Reports_ragged_rows_and_reads_on()
    {
        var rows = await Read($"{Header}\n6630801,2568,85\n6630802,2568,85,ผ่าน,extra\n6630803,2568,85,ผ่าน\n");

        Assert.Contains("3 cells but the header has 4", TestFiles.SingleError(rows[0]).Message);
        Assert.Contains("5 cells but the header has 4", TestFiles.SingleError(rows[1]).Message);
        Assert.NotNull(rows[2].Value);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+85")]
    [InlineData("-5")]
    [InlineData("@SUM(A1)")]
    [InlineData("1e400")]
    [InlineData("1e30")]
    [InlineData("100000000000000000000000000000000")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("85,71")]
    [InlineData("85.7.1")]
    [InlineData(".5")]
    [InlineData("85.")]
    [InlineData("๘๕,๗๑")]
    [InlineData("0x55")]
    [InlineData("85 71")]
    [InlineData("eighty")]
    public async Task Refuses_a_score_that_is_not_plain_digits_and_names_the_column(string score)
    {
        var rows = await Read($"organisation_code,fiscal_year,iit\n6630801,2568,\"{score.Replace("\"", "\"\"")}\"\n");

        Assert.Equal(
            new RowError(1, "iit", "6630801", "คะแนนต้องเป็นตัวเลข 0–100 / The score must be a number from 0 to 100"),
            TestFiles.SingleError(rows[0])
        );
    }

    [Theory]
    [InlineData("85.71", 85.71)]
    [InlineData("๘๕.๗๑", 85.71)]
    [InlineData(" 85.7 ", 85.7)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData("100.00", 100)]
    [InlineData("007", 7)]
    public async Task Accepts_scores_in_ASCII_or_Thai_digits(string score, double expected)
    {
        var rows = await Read($"organisation_code,fiscal_year,total\n6630801,2568,\"{score}\"\n");

        Assert.Equal((decimal)expected, rows[0].Value!.Scores.Total);
    }

    [Theory]
    [InlineData("100.01")]
    [InlineData("250")]
    public async Task Refuses_a_score_above_100(string score)
    {
        var rows = await Read($"organisation_code,fiscal_year,total\n6630801,2568,{score}\n");

        var error = TestFiles.SingleError(rows[0]);
        Assert.Equal("total", error.Column);
        Assert.Contains("outside 0–100", error.Message);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+ผ่าน")]
    [InlineData("-ผ่าน")]
    [InlineData("@ผ่าน")]
    public async Task Refuses_text_that_a_spreadsheet_would_run_as_a_formula(string rating)
    {
        var rows = await Read($"{Header}\n6630801,2568,85,\"{rating.Replace("\"", "\"\"")}\"\n");

        var error = TestFiles.SingleError(rows[0]);
        Assert.Equal(("rating", "6630801"), (error.Column, error.OrganisationCode));
        Assert.Contains("= + - or @", error.Message);
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("66 30801")]
    [InlineData("6630801/1")]
    [InlineData("เทศบาล")]
    [InlineData("123456789012345678901")]
    public async Task Refuses_an_organisation_code_that_is_not_letters_digits_or_dashes(string code)
    {
        var rows = await Read($"{Header}\n\"{code}\",2568,85,ผ่าน\n");

        var error = TestFiles.SingleError(rows[0]);
        Assert.Equal(("organisation_code", null), (error.Column, error.OrganisationCode));
    }

    [Fact]
    public async Task Reads_an_organisation_code_in_Thai_digits_as_ASCII()
    {
        var rows = await Read($"{Header}\nAB-๑๒,2568,85,\n");
        Assert.Equal("AB-12", rows[0].Value!.OrganisationCode);
    }

    [Fact]
    public async Task Requires_the_organisation_code_and_the_fiscal_year_in_every_row()
    {
        var rows = await Read($"{Header}\n,2568,85,\n6630801,,85,\n");

        Assert.Equal("organisation_code", TestFiles.SingleError(rows[0]).Column);
        Assert.Equal("fiscal_year", TestFiles.SingleError(rows[1]).Column);
    }

    [Fact]
    public async Task Refuses_a_fiscal_year_without_a_code_book_and_spots_a_Christian_Era_year()
    {
        var rows = await Read($"{Header}\n6630801,2025,85,\n6630801,2500,85,\n6630801,๒๕๖x,85,\n");

        var ce = TestFiles.SingleError(rows[0]);
        Assert.Equal("fiscal_year", ce.Column);
        Assert.Contains("No ITA code book for fiscal year 2025", ce.Message);
        Assert.Contains("Buddhist Era (2568)", ce.Message);
        Assert.Contains("No ITA code book for fiscal year 2500", TestFiles.SingleError(rows[1]).Message);
        Assert.Contains("Buddhist Era year", TestFiles.SingleError(rows[2]).Message);
    }

    [Fact]
    public async Task Refuses_a_value_under_a_header_that_is_no_column_and_no_item_of_the_year()
    {
        var rows = await Read(
            "organisation_code,fiscal_year,province,O99\n6630801,2568,ตาก,\n6630802,2568,,100\n6630803,2568,,\n"
        );

        Assert.Equal(
            new RowError(
                1,
                "province",
                "6630801",
                "ไม่รู้จักรหัสข้อ province ในปีงบประมาณ 2568 / Unknown item code province for fiscal year 2568"
            ),
            TestFiles.SingleError(rows[0])
        );
        Assert.Equal("O99", TestFiles.SingleError(rows[1]).Column);
        // Nothing given under them: nothing is lost, so nothing to report.
        Assert.NotNull(rows[2].Value);
    }

    [Fact]
    public async Task Refuses_an_indicator_the_year_does_not_have()
    {
        var rows = await Read("organisation_code,fiscal_year,indicator_11\n6630801,2568,80\n");

        Assert.Contains("Unknown indicator 11 for fiscal year 2568", TestFiles.SingleError(rows[0]).Message);
    }

    [Fact]
    public async Task Reports_a_stray_quote_in_its_row_and_reads_on()
    {
        var rows = await Read($"{Header}\n6630801,2568,8\"5,\n6630802,2568,85,\n");

        Assert.Null(rows[0].Value);
        Assert.Contains(rows[0].Errors, e => e.Message.Contains("misplaced quote", StringComparison.Ordinal));
        Assert.NotNull(rows[1].Value);
    }

    [Fact]
    public async Task Refuses_a_file_whose_unclosed_quote_would_swallow_the_rest()
    {
        var rest = string.Concat(Enumerable.Range(0, 400).Select(i => $"66308{i:D2},2568,85,ผ่าน\n"));

        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read($"{Header}\n6630801,2568,\"85,\n{rest}"));
        Assert.Contains("unclosed quote (at data row 1)", ex.Message);
    }

    [Fact]
    public async Task Skips_blank_lines_and_keeps_counting_data_rows()
    {
        var rows = await Read($"{Header}\n\n6630801,2568,85,\n,,,\n6630802,2568,95,\n");

        Assert.Equal([1, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public async Task Reads_a_file_that_arrives_a_few_bytes_at_a_time()
    {
        var bytes = TestFiles.Bytes("scores-bom-thai-digits.csv");

        var whole = await TestFiles.ReadAsync(bytes, ScoreFileFormat.Csv);
        var chunked = await TestFiles.ReadAsync(new ChunkedStream(bytes, 3), ScoreFileFormat.Csv);

        Assert.Equal(whole.Select(r => r.Value!.Scores.Total), chunked.Select(r => r.Value!.Scores.Total));
    }

    [Fact]
    public async Task Keeps_the_scores_given_as_contract_records()
    {
        var rows = await Read("organisation_code,fiscal_year,oit,indicator_9,O1\n6630801,2568,86.25,92.5,100\n");

        Assert.Equal(new ToolScore { Tool = "OIT", Score = 86.25m }, Assert.Single(rows[0].Value!.Scores.Tools));
        Assert.Equal(
            new IndicatorScore { Indicator = 9, Score = 92.5m },
            Assert.Single(rows[0].Value!.Scores.Indicators)
        );
        Assert.Equal(new ItemScore { Code = "O1", Score = 100m }, Assert.Single(rows[0].Value!.Scores.Items));
    }
}
