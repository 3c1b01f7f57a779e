using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Services.Parsing;
using Ita.Micro.ScoreIngestion.Tests.TestData;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>
/// The checks every row of a JSON import goes through (<see cref="ScoreFileReader"/>): each problem is located by
/// its row (the index in "assessments" plus one) and the field's path inside the entry.
/// </summary>
public sealed class JsonScoreFileTests
{
    private static async Task<List<ParsedRow>> ReadAsync(string json)
    {
        var rows = new List<ParsedRow>();
        var books = new CodeBookStore();
        await foreach (
            var row in ScoreFileReader.ReadAsync(
                ImportJson.Stream(json),
                ScoreFileFormat.Json,
                books,
                CancellationToken.None
            )
        )
            rows.Add(row);
        return rows;
    }

    private static async Task<ParsedRow> ReadOneAsync(AssessmentBuilder builder) =>
        Assert.Single(await ReadAsync(ImportJson.Of(builder.Build())));

    private static async Task<RowError> SingleErrorAsync(AssessmentBuilder builder)
    {
        var row = await ReadOneAsync(builder);
        Assert.Null(row.Value);
        return Assert.Single(row.Errors);
    }

    [Fact]
    public async Task Reads_the_sample_import_of_two_years_of_one_organisation()
    {
        var rows = await ReadAsync(Sample.Json);

        Assert.Equal([1, 2], rows.Select(r => r.Row));
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var latest = rows[1].Value!;
        Assert.Equal(("6630801", 2568, "ผ่าน"), (latest.OrganisationCode, latest.FiscalYear, latest.PublishedRating));
        Assert.Equal(85.71m, latest.Scores.Total);
        Assert.Equal(10, latest.Scores.Indicators.Count);
        Assert.Equal(["IIT", "EIT", "OIT"], latest.Scores.Tools.Select(t => t.Tool));
        Assert.Equal(90.17m, rows[0].Value!.Scores.Total);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("name")]
    [InlineData("type")]
    [InlineData("province")]
    public async Task Rejects_an_organisation_without_a_required_field(string field)
    {
        var error = await SingleErrorAsync(
            new AssessmentBuilder().WithOrganisation(o =>
                field switch
                {
                    "code" => o with { Code = "" },
                    "name" => o with { Name = " " },
                    "type" => o with { Type = "" },
                    _ => o with { Province = null! },
                }
            )
        );

        Assert.Equal((1, $"organisation.{field}"), (error.Row, error.Column));
    }

    [Fact]
    public async Task Accepts_an_organisation_without_a_district()
    {
        var row = await ReadOneAsync(new AssessmentBuilder().WithOrganisation(o => o with { District = null }));

        Assert.Empty(row.Errors);
    }

    [Theory]
    [InlineData(2550)]
    [InlineData(2561)]
    [InlineData(2570)]
    public async Task Rejects_a_fiscal_year_without_a_code_book(int fiscalYear)
    {
        var error = await SingleErrorAsync(new AssessmentBuilder().ForYear(fiscalYear));

        Assert.Equal("fiscalYear", error.Column);
        Assert.Contains(
            fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Equal("6630801", error.OrganisationCode);
    }

    [Fact]
    public async Task Rejects_a_Christian_Era_year_and_says_which_Buddhist_Era_year_was_meant()
    {
        var error = await SingleErrorAsync(new AssessmentBuilder().ForYear(2025));

        Assert.Equal("fiscalYear", error.Column);
        Assert.Contains("2568", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2562)]
    [InlineData(2565)]
    [InlineData(2566)]
    [InlineData(2569)]
    public async Task Accepts_every_fiscal_year_with_a_code_book(int fiscalYear)
    {
        Assert.Empty((await ReadOneAsync(new AssessmentBuilder().ForYear(fiscalYear))).Errors);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    [InlineData("101")]
    public async Task Rejects_a_total_outside_0_to_100(string total)
    {
        var error = await SingleErrorAsync(
            new AssessmentBuilder().WithTotal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture))
        );

        Assert.Equal("scores.total", error.Column);
        Assert.Contains(total, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("100")]
    [InlineData("100.00")]
    public async Task Accepts_scores_on_the_boundaries_0_and_100(string value)
    {
        var score = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        var row = await ReadOneAsync(
            new AssessmentBuilder().WithTotal(score).WithTool("OIT", score).WithIndicator(9, score)
        );

        Assert.Empty(row.Errors);
        Assert.Equal(score, row.Value!.Scores.Total);
    }

    [Fact]
    public async Task Rejects_a_tool_score_below_0_at_the_tools_position()
    {
        var error = await SingleErrorAsync(new AssessmentBuilder().WithTool("EIT", -1m));

        Assert.Equal("scores.tools[1].score", error.Column);
    }

    [Fact]
    public async Task Rejects_an_indicator_score_above_100_at_the_indicators_position()
    {
        var error = await SingleErrorAsync(new AssessmentBuilder().WithIndicator(4, 100.01m));

        Assert.Equal("scores.indicators[3].score", error.Column);
    }

    [Fact]
    public async Task Rejects_an_unknown_tool()
    {
        var error = await SingleErrorAsync(new AssessmentBuilder().WithTool("XIT", 90m));

        Assert.Equal("scores.tools[3].tool", error.Column);
        Assert.Contains("XIT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_a_tool_code_in_lower_case_as_the_code_books_tool()
    {
        var json = ImportJson.Of(
            n => n["assessments"]![0]!["scores"]!["tools"]![0]!["tool"] = "iit",
            new AssessmentBuilder().Build()
        );

        var row = Assert.Single(await ReadAsync(json));

        Assert.Empty(row.Errors);
        Assert.Equal("IIT", row.Value!.Scores.Tools[0].Tool);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task Rejects_an_unknown_indicator(int indicator)
    {
        var error = await SingleErrorAsync(new AssessmentBuilder().WithIndicator(indicator, 90m));

        Assert.Equal("scores.indicators[10].indicator", error.Column);
    }

    [Fact]
    public async Task Rejects_a_score_that_is_not_a_number_instead_of_refusing_the_whole_file()
    {
        var json = ImportJson.Of(
            n => n["assessments"]![1]!["scores"]!["total"] = "สูง",
            AssessmentBuilder.PreviousYear().Build(),
            new AssessmentBuilder().Build()
        );

        var rows = await ReadAsync(json);

        Assert.Empty(rows[0].Errors);
        var error = Assert.Single(rows[1].Errors);
        Assert.Equal((2, "scores.total"), (error.Row, error.Column));
    }

    [Fact]
    public async Task Rejects_a_fiscal_year_that_is_not_a_number()
    {
        var rows = await ReadAsync(
            """{"assessments":[{"organisation":{"code":"6630801","name":"x","type":"เทศบาลตำบล","province":"ตาก"},"fiscalYear":"abc","scores":{"total":90}}]}"""
        );

        var error = Assert.Single(Assert.Single(rows).Errors);
        Assert.Equal((1, "fiscalYear"), (error.Row, error.Column));
    }

    [Fact]
    public async Task Reports_every_problem_of_a_row_at_once()
    {
        var row = await ReadOneAsync(
            new AssessmentBuilder().WithOrganisation(o => o with { Name = "" }).WithTotal(-1m).WithIndicator(11, 50m)
        );

        Assert.Null(row.Value);
        Assert.Equal(
            ["organisation.name", "scores.indicators[10].indicator", "scores.total"],
            row.Errors.Select(e => e.Column).Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public async Task Refuses_a_file_with_an_empty_list()
    {
        await Assert.ThrowsAsync<ImportFileException>(() => ReadAsync("""{"assessments":[]}"""));
    }
}
