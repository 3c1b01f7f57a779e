using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

/// <summary>
/// Files/scores.xlsx was written once with the Open XML SDK. Its first tab "คะแนน" is the second worksheet part
/// (a "notes" sheet's part comes first in the package). Row 1: headers as shared strings, " Rating " inline.
/// Row 2: shared-string code, numbers (one t="n", one with binary noise 85.709999999999994), no e5 cell.
/// Row 3: inline-string code, Thai-digit year as a shared string, total as a formula (AVERAGE) with a cached value.
/// Row 4: a Thai-digit total as text, an empty &lt;c r="D4"/&gt;, "0" as a shared string.
/// </summary>
public sealed class XlsxScoreReaderTests
{
    private const string Header = "organisation_code,fiscal_year,total,rating";

    private static Task<List<ParsedRow>> Read(byte[] xlsx) => TestFiles.ReadAsync(xlsx, ScoreFileFormat.Xlsx);

    private static string HeaderRow(int number = 1) => MinimalXlsx.Row(number, Header.Split(','));

    [Fact]
    public async Task Reads_the_first_tab_with_shared_and_inline_strings_numbers_and_empty_cells()
    {
        var rows = await TestFiles.ReadAsync("scores.xlsx", ScoreFileFormat.Xlsx);

        Assert.Equal([1, 2, 3], rows.Select(r => r.Row));
        var first = rows[0].Value!;
        Assert.Equal(
            ("6630801", 2568, 85.71m, "ผ่าน"),
            (first.OrganisationCode, first.FiscalYear, first.Scores.Total, first.PublishedRating)
        );
        Assert.Equal(
            [("IIT", 84.99m), ("EIT", 85.71m), ("OIT", 86.25m)],
            first.Scores.Tools.Select(t => (t.Tool, t.Score))
        );
        Assert.Equal([(1, 87.79m)], first.Scores.Indicators.Select(i => (i.Indicator, i.Score)));
        Assert.Equal([("i1", 90m), ("O23", 100m)], first.Scores.Items.Select(i => (i.Code, i.Score)));

        var third = rows[2].Value!;
        Assert.Equal(("6630803", 70.5m, null), (third.OrganisationCode, third.Scores.Total, third.PublishedRating));
        Assert.Equal([("e5", 66.5m), ("O23", 0m)], third.Scores.Items.Select(i => (i.Code, i.Score)));
    }

    [Fact]
    public async Task Refuses_a_formula_cell_in_its_row_and_column()
    {
        var rows = await TestFiles.ReadAsync("scores.xlsx", ScoreFileFormat.Xlsx);

        Assert.Equal(
            new RowError(2, "total", "6630802", "สูตรไม่ได้รับอนุญาต / Formulas are not accepted"),
            TestFiles.SingleError(rows[1])
        );
    }

    [Fact]
    public async Task Reads_a_workbook_that_arrives_as_a_forward_only_upload()
    {
        var bytes = TestFiles.Bytes("scores.xlsx");

        var rows = await TestFiles.ReadAsync(new ChunkedStream(bytes, 1000), ScoreFileFormat.Xlsx);

        Assert.Equal([85.71m, null, 70.5m], rows.Select(r => r.Value?.Scores.Total));
    }

    [Fact]
    public async Task Refuses_a_damaged_zip()
    {
        var bytes = TestFiles.Bytes("scores.xlsx");

        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(bytes[..(bytes.Length / 2)]));
        Assert.Contains("not an Excel workbook", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_CSV_sent_as_XLSX()
    {
        var bytes = TestFiles.Bytes("scores-items.csv");

        await Assert.ThrowsAsync<ImportFileException>(() => Read(bytes));
    }

    [Fact]
    public async Task Refuses_an_empty_file()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read([]));
        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_workbook_without_a_sheet()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(MinimalXlsx.Build("", withSheet: false)));
        Assert.Contains("no worksheet", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_sheet_with_a_header_and_no_data_rows()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(MinimalXlsx.Build(HeaderRow())));
        Assert.Contains("no data rows", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_sheet_without_the_required_columns()
    {
        var xlsx = MinimalXlsx.Build(MinimalXlsx.Row(1, "code", "total") + MinimalXlsx.Row(2, "6630801", 85m));

        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(xlsx));
        Assert.Contains("organisation_code, fiscal_year", ex.Message);
    }

    [Fact]
    public async Task Numbers_data_rows_from_the_header_wherever_it_starts()
    {
        var xlsx = MinimalXlsx.Build("<row r=\"1\"/>" + HeaderRow(3) + MinimalXlsx.Row(5, "6630801", 2568m, 85m));

        var rows = await Read(xlsx);

        Assert.Equal(2, Assert.Single(rows).Row);
    }

    [Fact]
    public async Task Reads_cells_without_references_in_document_order()
    {
        var xlsx = MinimalXlsx.Build(
            HeaderRow()
                + "<row><c t=\"inlineStr\"><is><t>6630801</t></is></c><c><v>2568</v></c><c><v>85.5</v></c></row>"
        );

        var row = Assert.Single(await Read(xlsx));

        Assert.Equal((1, 85.5m), (row.Row, row.Value!.Scores.Total));
    }

    [Fact]
    public async Task Reads_shared_strings_with_rich_text_runs_and_without_phonetic_guides()
    {
        var xlsx = MinimalXlsx.Build(
            HeaderRow()
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>6630801</t></is></c><c r=\"B2\"><v>2568</v></c>"
                + "<c r=\"D2\" t=\"inlineStr\"><is><r><t>ผ่าน</t></r><r><t>ดี</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c></row>"
        );

        Assert.Equal("ผ่านดี", Assert.Single(await Read(xlsx)).Value!.PublishedRating);
    }

    [Theory]
    [InlineData("<c r=\"C2\" t=\"b\"><v>1</v></c>", "not supported")]
    [InlineData("<c r=\"C2\" t=\"e\"><v>#DIV/0!</v></c>", "#DIV/0!")]
    [InlineData("<c r=\"C2\" t=\"s\"><v>7</v></c>", "shared string")]
    [InlineData("<c r=\"C2\"><v>1E+30</v></c>", "must be a number")]
    [InlineData("<c r=\"C2\"><v>NaN</v></c>", "must be a number")]
    [InlineData("<c r=\"C2\"><v>-5</v></c>", "outside 0–100")]
    [InlineData("<c r=\"C2\" t=\"inlineStr\"><is><t>=1+1</t></is></c>", "must be a number")]
    public async Task Refuses_a_cell_that_holds_no_score(string cell, string message)
    {
        var xlsx = MinimalXlsx.Build(
            HeaderRow() + $"<row r=\"2\"><c r=\"A2\"><v>6630801</v></c><c r=\"B2\"><v>2568</v></c>{cell}</row>",
            ["only"]
        );

        var error = TestFiles.SingleError(Assert.Single(await Read(xlsx)));

        Assert.Equal((1, "total"), (error.Row, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Reads_a_number_Excel_stored_in_scientific_notation()
    {
        var xlsx = MinimalXlsx.Build(
            HeaderRow()
                + "<row r=\"2\"><c r=\"A2\"><v>6630801</v></c><c r=\"B2\"><v>2.568E3</v></c><c r=\"C2\"><v>1E-3</v></c></row>"
        );

        var row = Assert.Single(await Read(xlsx)).Value!;

        Assert.Equal((2568, 0.001m), (row.FiscalYear, row.Scores.Total));
    }

    [Fact]
    public async Task Refuses_a_value_in_a_column_without_a_header()
    {
        var xlsx = MinimalXlsx.Build(
            HeaderRow()
                + "<row r=\"2\"><c r=\"A2\"><v>6630801</v></c><c r=\"B2\"><v>2568</v></c><c r=\"F2\"><v>1</v></c><c r=\"AB2\"><v>2</v></c></row>"
        );

        var error = TestFiles.SingleError(Assert.Single(await Read(xlsx)));

        Assert.Equal("F", error.Column);
        Assert.Contains("2 columns without a header, from column F", error.Message);
    }

    [Fact]
    public async Task Refuses_formula_looking_text_in_the_rating()
    {
        var xlsx = MinimalXlsx.Build(
            HeaderRow() + MinimalXlsx.Row(2, "6630801", 2568m, null, "=HYPERLINK(\"http://x\",\"ผ่าน\")")
        );

        var error = TestFiles.SingleError(Assert.Single(await Read(xlsx)));

        Assert.Equal(("rating", "6630801"), (error.Column, error.OrganisationCode));
    }

    [Fact]
    public async Task Refuses_rows_out_of_order_as_a_damaged_file()
    {
        var xlsx = MinimalXlsx.Build(HeaderRow(2) + MinimalXlsx.Row(1, "6630801", 2568m));

        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(xlsx));
        Assert.Contains("row 1 after row 2", ex.Message);
    }
}
