using System.Text;
using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Tests.Parsing;

public sealed class JsonScoreReaderTests
{
    private static Task<List<ParsedRow>> Read(string json) => TestFiles.ReadTextAsync(json, ScoreFileFormat.Json);

    private static Task<List<ParsedRow>> ReadEntry(string entry) => Read($$"""{"assessments": [ {{entry}} ]}""");

    [Fact]
    public async Task Reads_the_import_body_entry_by_entry_in_the_code_books_spelling()
    {
        var rows = await TestFiles.ReadAsync("scores.json", ScoreFileFormat.Json);

        Assert.Equal([1, 2, 3], rows.Select(r => r.Row));
        var first = rows[0].Value!;
        Assert.Equal(
            ("6630801", 2568, 85.71m, "ผ่าน"),
            (first.OrganisationCode, first.FiscalYear, first.Scores.Total, first.PublishedRating)
        );
        Assert.Equal(
            ("เทศบาลตำบลแม่จัน", "เทศบาลตำบล", "ตาก", "อุ้มผาง"),
            (
                first.Organisation!.Name,
                first.Organisation.Type,
                first.Organisation.Province,
                first.Organisation.District
            )
        );
        Assert.Equal(
            [("IIT", 84.99m), ("EIT", 85.71m), ("OIT", 86.25m)],
            first.Scores.Tools.Select(t => (t.Tool, t.Score))
        );
        Assert.Equal([(1, 87.79m), (10, 80m)], first.Scores.Indicators.Select(i => (i.Indicator, i.Score)));
        Assert.Equal([("i1", 90m), ("e5", 75.5m), ("O23", 100m)], first.Scores.Items.Select(i => (i.Code, i.Score)));

        // Code, year and score as strings in Thai digits, the organisation by code only.
        var second = rows[1].Value!;
        Assert.Equal(
            ("6630802", 2567, 90.17m, null),
            (second.OrganisationCode, second.FiscalYear, second.Scores.Total, second.Organisation)
        );

        Assert.Null(rows[2].Value);
        Assert.Equal(
            [("scores.total", "6630803"), ("scores.items[0].code", "6630803")],
            rows[2].Errors.Select(e => (e.Column, e.OrganisationCode))
        );
        Assert.Contains("Unknown item code O99 for fiscal year 2568", rows[2].Errors[1].Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Reads_the_same_rows_whatever_the_size_of_each_read(int chunk)
    {
        var bytes = TestFiles.Bytes("scores.json");

        var whole = await TestFiles.ReadAsync(bytes, ScoreFileFormat.Json);
        var chunked = await TestFiles.ReadAsync(new ChunkedStream(bytes, chunk), ScoreFileFormat.Json);

        Assert.Equal(whole.Select(Describe), chunked.Select(Describe));
    }

    [Fact]
    public async Task Reads_an_entry_larger_than_the_read_buffer()
    {
        var padding = new string('ก', 100_000);

        var rows = await ReadEntry(
            $$$"""{"organisationCode": "6630801", "fiscalYear": 2568, "remark": "{{{padding}}}", "scores": {"total": 85}}"""
        );

        Assert.Equal(85m, Assert.Single(rows).Value!.Scores.Total);
    }

    [Fact]
    public async Task Refuses_an_entry_larger_than_4_MB()
    {
        var padding = new string('x', 5_000_000);

        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            ReadEntry($$"""{"organisationCode": "6630801", "fiscalYear": 2568, "remark": "{{padding}}"}""")
        );
        Assert.Contains("larger than 4 MB", ex.Message);
    }

    [Fact]
    public async Task Refuses_malformed_JSON_naming_the_line_and_position()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            Read("{\n  \"assessments\": [\n    {\"fiscalYear\": 2568,,}\n  ]\n}")
        );

        Assert.StartsWith("JSON ไม่ถูกต้องที่บรรทัด 3 ตำแหน่ง ", ex.Message);
        Assert.Contains("Malformed JSON at line 3, position", ex.Message);
    }

    [Fact]
    public async Task Names_the_right_line_of_an_error_far_into_a_file_read_in_small_pieces()
    {
        var entries = string.Join(
            ",\n",
            Enumerable.Range(0, 2000).Select(i => $$"""{"organisationCode": "{{i}}", "fiscalYear": 2568}""")
        );
        var json = $"{{\"assessments\": [\n{entries},\n{{\"fiscalYear\": 25 68}}\n]}}";

        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            TestFiles.ReadAsync(new ChunkedStream(Encoding.UTF8.GetBytes(json), 100), ScoreFileFormat.Json)
        );

        Assert.Contains("line 2002", ex.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"assessments\"")]
    [InlineData("42")]
    public async Task Refuses_a_document_that_is_not_an_object(string json)
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(json));
        Assert.Contains("must be an object with \"assessments\"", ex.Message);
    }

    [Fact]
    public async Task Refuses_an_object_without_assessments()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read("""{"source": "x", "rows": []}"""));
        Assert.Contains("has no \"assessments\"", ex.Message);
    }

    [Fact]
    public async Task Refuses_assessments_that_are_not_an_array()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read("""{"assessments": {"fiscalYear": 2568}}"""));
        Assert.Contains("must be an array", ex.Message);
    }

    [Fact]
    public async Task Refuses_empty_assessments()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read("""{"source": "x", "assessments": []}"""));
        Assert.Contains("has no entries", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n ")]
    [InlineData("\uFEFF")]
    public async Task Refuses_an_empty_file(string json)
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => Read(json));
        Assert.Equal("ไฟล์ว่างเปล่า / The file is empty", ex.Message);
    }

    [Fact]
    public async Task Accepts_a_UTF_8_BOM()
    {
        var rows = await Read("\uFEFF{\"assessments\": [{\"organisationCode\": \"1\", \"fiscalYear\": 2568}]}");
        Assert.NotNull(Assert.Single(rows).Value);
    }

    [Fact]
    public async Task Refuses_a_TIS_620_file_and_asks_for_UTF_8()
    {
        var json = Encoding.UTF8.GetBytes(
            """{"source": "ตาก", "assessments": [{"organisationCode": "1", "fiscalYear": 2568}]}"""
        );
        var tis620 = json.SelectMany(b => b < 0x80 ? [b] : Array.Empty<byte>()).ToList();
        tis620.InsertRange(12, new byte[] { 0xB5, 0xD2, 0xA1 }); // "ตาก" in TIS-620, inside the "source" string

        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            TestFiles.ReadAsync(tis620.ToArray(), ScoreFileFormat.Json)
        );
        Assert.Contains("save it as UTF-8", ex.Message);
        Assert.Contains("at byte 12", ex.Message);
    }

    [Fact]
    public async Task Refuses_a_truncated_file()
    {
        var bytes = TestFiles.Bytes("scores.json");

        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            TestFiles.ReadAsync(bytes[..(bytes.Length - 40)], ScoreFileFormat.Json)
        );
        Assert.Contains("Malformed JSON", ex.Message);
    }

    [Fact]
    public async Task Refuses_content_after_the_root_object()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() =>
            Read("""{"assessments": [{"organisationCode": "1", "fiscalYear": 2568}]} {"assessments": []}""")
        );
        Assert.Contains("Malformed JSON at line 1", ex.Message);
    }

    [Fact]
    public async Task Reports_an_entry_that_is_not_an_object_and_reads_on()
    {
        var rows = await Read("""{"assessments": [42, {"organisationCode": "1", "fiscalYear": 2568}, null]}""");

        Assert.Equal(
            new RowError(1, null, null, "รายการต้องเป็นออบเจกต์ JSON / The entry must be a JSON object"),
            TestFiles.SingleError(rows[0])
        );
        Assert.NotNull(rows[1].Value);
        Assert.Equal(3, rows[2].Row);
    }

    [Theory]
    [InlineData("""{"tools": [{"tool": "XIT", "score": 80}]}""", "scores.tools[0].tool", "Unknown tool \"XIT\"")]
    [InlineData(
        """{"tools": [{"tool": "IIT", "score": 80}, {"tool": "iit", "score": 81}]}""",
        "scores.tools[1].tool",
        "IIT is given twice"
    )]
    [InlineData(
        """{"indicators": [{"indicator": 11, "score": 80}]}""",
        "scores.indicators[0].indicator",
        "Unknown indicator 11"
    )]
    [InlineData(
        """{"items": [{"code": "e10", "score": 80}]}""",
        "scores.items[0].code",
        "Unknown item code e10 for fiscal year 2568"
    )]
    [InlineData(
        """{"items": [{"code": "O1", "score": 80}, {"code": "o1", "score": 80}]}""",
        "scores.items[1].code",
        "O1 is given twice"
    )]
    [InlineData("""{"total": 1e400}""", "scores.total", "must be a number")]
    [InlineData("""{"total": 1e30}""", "scores.total", "must be a number")]
    [InlineData("""{"total": "NaN"}""", "scores.total", "must be a number")]
    [InlineData("""{"total": "=1+1"}""", "scores.total", "must be a number")]
    [InlineData("""{"total": true}""", "scores.total", "must be a number")]
    [InlineData("""{"total": -0.01}""", "scores.total", "outside 0–100")]
    [InlineData("""{"tools": [{"tool": "OIT"}]}""", "scores.tools[0].score", "must be a number")]
    [InlineData("""{"tools": {"IIT": 80}}""", "scores.tools", "Must be an array")]
    [InlineData("""{"items": [80]}""", "scores.items[0]", "Each element must be an object")]
    [InlineData("""[80]""", "scores", "scores must be an object")]
    public async Task Checks_scores_like_a_CSV_row_and_names_the_field(string scores, string column, string message)
    {
        var rows = await ReadEntry(
            $$$"""{"organisationCode": "6630801", "fiscalYear": 2568, "scores": {{{scores}}}}"""
        );

        var error = TestFiles.SingleError(Assert.Single(rows));
        Assert.Equal((1, column, "6630801"), (error.Row, error.Column, error.OrganisationCode));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData(""" "fiscalYear": 2568 """, "organisationCode", "organisation code is required")]
    [InlineData(""" "organisationCode": "=1+1", "fiscalYear": 2568 """, "organisationCode", "= + - or @")]
    [InlineData(""" "organisationCode": 6630801, "fiscalYear": 2568 """, "organisationCode", "Must be a string")]
    [InlineData(""" "organisationCode": "1" """, "fiscalYear", "fiscal year is required")]
    [InlineData(""" "organisationCode": "1", "fiscalYear": 2568.5 """, "fiscalYear", "Buddhist Era year")]
    [InlineData(
        """ "organisationCode": "1", "fiscalYear": 2020 """,
        "fiscalYear",
        "No ITA code book for fiscal year 2020"
    )]
    [InlineData(
        """ "organisationCode": "1", "fiscalYear": 2568, "publishedRating": "@ผ่าน" """,
        "publishedRating",
        "= + - or @"
    )]
    [InlineData(
        """ "organisation": {"code": "1", "type": "อบต.", "province": "ตาก"}, "fiscalYear": 2568 """,
        "organisation.name",
        "organisation name is required"
    )]
    [InlineData(
        """ "organisation": {"code": "1", "name": "ก", "type": "อบต.", "province": "ตาก"}, "organisationCode": "2", "fiscalYear": 2568 """,
        "organisationCode",
        "differs"
    )]
    [InlineData(""" "organisation": "1", "fiscalYear": 2568 """, "organisation", "must be an object")]
    public async Task Checks_the_organisation_year_and_rating(string properties, string column, string message)
    {
        var rows = await ReadEntry($"{{{properties}}}");

        var error = TestFiles.SingleError(Assert.Single(rows));
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Reports_a_string_whose_escapes_make_no_text_and_ignores_such_a_property_name()
    {
        var rows = await Read(
            """{"\uD800": 1, "assessments": [{"organisationCode": "\uD800", "fiscalYear": 2568, "\uDC00": 2}]}"""
        );

        var error = TestFiles.SingleError(Assert.Single(rows));
        Assert.Equal("organisationCode", error.Column);
        Assert.Contains("invalid character escape", error.Message);
    }

    private static string Describe(ParsedRow row) =>
        $"{row.Row} {row.Value?.OrganisationCode} {row.Value?.Scores.Total} {row.Value?.Scores.Items.Count} {string.Join("|", row.Errors)}";
}
