using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Tests.TestData;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>POST /api/imports and what follows it, with the service hosted as it runs, on a real SQLite file and broker.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ImportsApiTests(RabbitMqFixture rabbit)
{
    private static readonly string RecordedType = typeof(AssessmentRecorded).AssemblyQualifiedName!;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public async Task Accepts_the_sample_import_at_once_and_records_both_years()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        var response = await client.PostAsync("/api/imports", Sample.Content(Sample.Json));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<ImportResponse>(Json);
        Assert.NotNull(accepted);
        Assert.Equal(("http", "Json"), (accepted.Channel, accepted.Format));
        Assert.StartsWith("ตัวอย่าง:", accepted.Source, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.Location);
        Assert.EndsWith(
            $"/api/imports/{accepted.Id}",
            response.Headers.Location.ToString(),
            StringComparison.OrdinalIgnoreCase
        );

        var import = await WaitUntilDoneAsync(client, response.Headers.Location);
        Assert.Equal(ImportStatus.Completed, import.Status);
        Assert.Equal((2, 2, 0, 0), (import.RowsRead, import.Recorded, import.Unchanged, import.Rejected));
        Assert.DoesNotContain(import.Issues, i => i.Severity == IssueSeverity.Error);
        // The sample's published EIT (85.71) is not the mean of its indicators (85.73): kept, with a warning.
        var warning = Assert.Single(import.Issues);
        Assert.Equal((IssueSeverity.Warning, 2), (warning.Severity, warning.Row));
        Assert.StartsWith("EIT", warning.Message, StringComparison.Ordinal);

        var latest = await client.GetFromJsonAsync<AssessmentResponse>(
            $"/api/assessments/{Sample.OrganisationCode}/2568",
            Json
        );
        Assert.NotNull(latest);
        Assert.Equal((1, 85.71m, 10), (latest.Revision, latest.Scores.Total, latest.Scores.Indicators.Count));
        Assert.Equal(("เทศบาลตำบลแม่จัน", "ตาก"), (latest.Organisation.Name, latest.Organisation.Province));
    }

    [Fact]
    public async Task Publishes_one_AssessmentRecorded_per_year_and_the_later_year_carries_the_earlier_total()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        await ImportAsync(client, Sample.Json);

        var recorded = (await RecordedInOutboxAsync(app))
            .Select(m => JsonSerializer.Deserialize<AssessmentRecorded>(m.Body, JsonSerializerOptions.Web)!)
            .ToList();
        Assert.Equal([2567, 2568], recorded.Select(r => r.FiscalYear));
        Assert.All(recorded, r => Assert.Equal(1, r.Revision));
        Assert.Null(recorded[0].PreviousYearTotal);
        Assert.Equal(90.17m, recorded[1].PreviousYearTotal);
        Assert.Equal("เทศบาลตำบลแม่จัน", recorded[1].Organisation.Name);
    }

    [Fact]
    public async Task The_same_import_sent_again_records_nothing_and_publishes_nothing()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);
        await ImportAsync(client, Sample.Json);
        var outboxBefore = await app.QueryAsync(db => db.OutboxMessages.CountAsync());

        var import = await ImportAsync(client, Sample.Json);

        Assert.Equal(
            (ImportStatus.Completed, 2, 0, 2),
            (import.Status, import.RowsRead, import.Recorded, import.Unchanged)
        );
        Assert.Equal(outboxBefore, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(2, (await RecordedInOutboxAsync(app)).Count);
        Assert.Equal(2, await app.QueryAsync(db => db.Assessments.CountAsync()));
    }

    /// <summary>80 and 80.00 are the same score: a sheet exported again with another number format is no new revision.</summary>
    [Fact]
    public async Task The_same_scores_written_with_fewer_decimals_record_nothing_new()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);
        await ImportAsync(client, Sample.Json);

        var import = await ImportAsync(
            client,
            Sample.Changed(json =>
            {
                json["assessments"]![1]!["scores"]!["indicators"]![4]!["score"] = 80m; // 80.00 in the sample
                json["assessments"]![1]!["scores"]!["indicators"]![1]!["score"] = 87.7m; // 87.70
            })
        );

        Assert.Equal((0, 2), (import.Recorded, import.Unchanged));
        Assert.Equal(2, (await RecordedInOutboxAsync(app)).Count);
    }

    /// <summary>
    /// A file need not list an organisation's years oldest first (a national file is sorted by organisation):
    /// the later year's event still carries the earlier year's total, for the year-over-year change.
    /// </summary>
    [Fact]
    public async Task A_later_year_listed_before_the_earlier_one_still_carries_the_earlier_total()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        var import = await ImportAsync(
            client,
            ImportJson.Of(new AssessmentBuilder().Build(), AssessmentBuilder.PreviousYear().Build())
        );

        Assert.Equal(2, import.Recorded);
        var recorded = (await RecordedInOutboxAsync(app)).Select(m =>
            JsonSerializer.Deserialize<AssessmentRecorded>(m.Body, JsonSerializerOptions.Web)!
        );
        Assert.Equal(90.17m, recorded.Single(r => r.FiscalYear == 2568).PreviousYearTotal);
    }

    [Fact]
    public async Task A_changed_score_makes_revision_2_which_becomes_the_latest()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);
        await ImportAsync(client, Sample.Json);

        var import = await ImportAsync(
            client,
            Sample.Changed(json => json["assessments"]![1]!["scores"]!["indicators"]![3]!["score"] = 75.00m)
        );

        Assert.Equal((2, 1, 1), (import.RowsRead, import.Recorded, import.Unchanged));
        var latest = await client.GetFromJsonAsync<AssessmentResponse>(
            $"/api/assessments/{Sample.OrganisationCode}/2568",
            Json
        );
        Assert.Equal(2, latest!.Revision);
        Assert.Equal(75.00m, latest.Scores.Indicators.Single(i => i.Indicator == 4).Score);
        Assert.Equal(import.Id, latest.ImportId);

        var revisions = await client.GetFromJsonAsync<List<AssessmentResponse>>(
            $"/api/assessments/{Sample.OrganisationCode}/2568/revisions",
            Json
        );
        Assert.Equal([1, 2], revisions!.Select(r => r.Revision));
        Assert.Equal(72.30m, revisions![0].Scores.Indicators.Single(i => i.Indicator == 4).Score);
        var unchangedYear = await client.GetFromJsonAsync<List<AssessmentResponse>>(
            $"/api/assessments/{Sample.OrganisationCode}/2567/revisions",
            Json
        );
        Assert.Equal([1], unchangedYear!.Select(r => r.Revision));

        var recorded = await RecordedInOutboxAsync(app);
        Assert.Equal(3, recorded.Count);
        var last = JsonSerializer.Deserialize<AssessmentRecorded>(recorded[^1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal((2568, 2, 90.17m), (last.FiscalYear, last.Revision, last.PreviousYearTotal));
    }

    [Fact]
    public async Task A_row_that_leaves_out_a_score_the_current_revision_has_is_rejected_naming_it_unless_the_import_replaces()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);
        await ImportAsync(client, Sample.Json);
        // 2568 again with indicator 4 left blank (and so a different content): a partial row.
        var partial = Sample.Changed(json => json["assessments"]![1]!["scores"]!["indicators"]!.AsArray().RemoveAt(3));

        var refused = await ImportAsync(client, partial);

        Assert.Equal(
            (ImportMode.Update, 2, 0, 1, 1),
            (refused.Mode, refused.RowsRead, refused.Recorded, refused.Unchanged, refused.Rejected)
        );
        var error = Assert.Single(Errors(refused));
        Assert.Equal(("indicator_4", Sample.OrganisationCode), (error.Column, error.OrganisationCode));
        Assert.Contains("indicator_4", error.Message);
        Assert.Contains("ฉบับที่ 1", error.Message);
        Assert.Contains("mode=replace", error.Message);
        Assert.Equal(
            1,
            (
                await client.GetFromJsonAsync<AssessmentResponse>(
                    $"/api/assessments/{Sample.OrganisationCode}/2568",
                    Json
                )
            )!.Revision
        );
        Assert.Equal(2, (await RecordedInOutboxAsync(app)).Count);

        // Asked for explicitly, and recorded with the import, the same row replaces the result.
        using var response = await client.PostAsync("/api/imports?mode=replace", Sample.Content(partial));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var replaced = await WaitUntilDoneAsync(client, response.Headers.Location!);
        Assert.Equal((ImportMode.Replace, 1, 0), (replaced.Mode, replaced.Recorded, replaced.Rejected));
        var latest = await client.GetFromJsonAsync<AssessmentResponse>(
            $"/api/assessments/{Sample.OrganisationCode}/2568",
            Json
        );
        Assert.Equal((2, 9), (latest!.Revision, latest.Scores.Indicators.Count));

        using var unknown = await client.PostAsync("/api/imports?mode=merge", Sample.Content(partial));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("mode", (await ProblemErrorsAsync(unknown)).ToJsonString());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_field_and_stores_nothing()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();

        var response = await client.PostAsync(
            "/api/imports",
            Sample.Content("""{"assessments":[{"fiscalYear":"abc"}]}""")
        );

        var errors = await ProblemErrorsAsync(response);
        Assert.Equal(["assessments[0].fiscalYear"], errors.Select(e => e.Key));
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task Json_that_is_cut_off_is_a_400_and_stores_nothing()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();

        var response = await client.PostAsync("/api/imports", Sample.Content(Sample.Json[..200]));

        Assert.NotEmpty(await ProblemErrorsAsync(response));
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task An_empty_list_of_assessments_is_a_400_naming_assessments()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();

        var errors = await ProblemErrorsAsync(
            await client.PostAsync("/api/imports", Sample.Content("""{"source":"x","assessments":[]}"""))
        );

        Assert.Equal(["assessments"], errors.Select(e => e.Key));
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task A_body_of_an_unknown_type_is_a_400_and_stores_nothing()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();

        var response = await client.PostAsync(
            "/api/imports",
            new StringContent("source=x", Encoding.UTF8, "text/plain")
        );

        Assert.Equal(["file"], (await ProblemErrorsAsync(response)).Select(e => e.Key));
        await AssertNothingStoredAsync(app);
    }

    [Fact]
    public async Task A_score_above_100_rejects_that_row_naming_its_row_and_field_and_the_other_row_is_recorded()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        var import = await ImportAsync(
            client,
            Sample.Changed(json => json["assessments"]![1]!["scores"]!["total"] = 100.01m)
        );

        Assert.Equal(
            (ImportStatus.Completed, 2, 1, 1),
            (import.Status, import.RowsRead, import.Recorded, import.Rejected)
        );
        var issue = Assert.Single(Errors(import));
        Assert.Equal(
            (IssueSeverity.Error, 2, "scores.total", Sample.OrganisationCode),
            (issue.Severity, issue.Row, issue.Column, issue.OrganisationCode)
        );
        Assert.Contains("100.01", issue.Message, StringComparison.Ordinal);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync($"/api/assessments/{Sample.OrganisationCode}/2568")).StatusCode
        );
        Assert.Equal(
            [2567],
            (await RecordedInOutboxAsync(app)).Select(m =>
                JsonSerializer.Deserialize<AssessmentRecorded>(m.Body, JsonSerializerOptions.Web)!.FiscalYear
            )
        );
    }

    [Fact]
    public async Task A_published_rating_the_year_does_not_have_rejects_that_row_in_Thai_and_English_and_the_other_row_is_recorded()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        var import = await ImportAsync(
            client,
            ImportJson.Of(
                AssessmentBuilder.PreviousYear().Build(),
                new AssessmentBuilder().WithPublishedRating("AA").Build()
            )
        );

        Assert.Equal((ImportStatus.Completed, 1, 1), (import.Status, import.Recorded, import.Rejected));
        var issue = Assert.Single(Errors(import));
        Assert.Equal((2, "rating", Sample.OrganisationCode), (issue.Row, issue.Column, issue.OrganisationCode));
        Assert.Contains(
            "ระดับผลการประเมิน \"AA\" ไม่มีในเกณฑ์ของปีงบประมาณ 2568",
            issue.Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "The rating \"AA\" is not in fiscal year 2568's scheme",
            issue.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync($"/api/assessments/{Sample.OrganisationCode}/2568")).StatusCode
        );
    }

    [Fact]
    public async Task A_published_rating_that_the_scores_contradict_is_recorded_as_published_with_a_warning_naming_both_labels()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        // IIT 84.99 is below the 85 every tool needs for ผ่านดี, so the scores give ผ่าน.
        var import = await ImportAsync(
            client,
            ImportJson.Of(new AssessmentBuilder().WithPublishedRating(" ผ่านดี").Build())
        );

        Assert.Equal((1, 0), (import.Recorded, import.Rejected));
        var warning = Assert.Single(import.Issues, i => i.Column == "rating");
        Assert.Equal(
            (IssueSeverity.Warning, 1, Sample.OrganisationCode),
            (warning.Severity, warning.Row, warning.OrganisationCode)
        );
        Assert.Contains("\"ผ่านดี\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("\"ผ่าน\"", warning.Message, StringComparison.Ordinal);
        var latest = await client.GetFromJsonAsync<AssessmentResponse>(
            $"/api/assessments/{Sample.OrganisationCode}/2568",
            Json
        );
        Assert.Equal("ผ่านดี", latest!.PublishedRating);
    }

    [Fact]
    public async Task An_unknown_fiscal_year_rejects_the_row_naming_the_field()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        var import = await ImportAsync(client, Sample.Changed(json => json["assessments"]![0]!["fiscalYear"] = 2550));

        Assert.Equal((1, 1), (import.Recorded, import.Rejected));
        var issue = Assert.Single(Errors(import));
        Assert.Equal((1, "fiscalYear"), (issue.Row, issue.Column));
    }

    [Fact]
    public async Task Rows_of_an_organisation_missing_from_the_registry_are_rejected()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();

        var import = await ImportAsync(client, Sample.Json);

        Assert.Equal((ImportStatus.Completed, 0, 2), (import.Status, import.Recorded, import.Rejected));
        Assert.Equal([1, 2], Errors(import).Select(i => i.Row));
        Assert.All(Errors(import), i =>
            Assert.Equal(("organisation_code", Sample.OrganisationCode), (i.Column, i.OrganisationCode))
        );
        Assert.Equal(0, await app.QueryAsync(db => db.Assessments.CountAsync()));
        Assert.Empty(await RecordedInOutboxAsync(app));
    }

    [Fact]
    public async Task The_same_organisation_year_twice_in_one_file_records_the_first_and_rejects_the_second()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        var import = await ImportAsync(
            client,
            ImportJson.Of(new AssessmentBuilder().Build(), new AssessmentBuilder().WithTotal(86m).Build())
        );

        Assert.Equal((1, 1), (import.Recorded, import.Rejected));
        var issue = Assert.Single(Errors(import));
        Assert.Equal((2, "organisation_code"), (issue.Row, issue.Column));
        var latest = await client.GetFromJsonAsync<AssessmentResponse>(
            $"/api/assessments/{Sample.OrganisationCode}/2568",
            Json
        );
        Assert.Equal((1, 85.71m), (latest!.Revision, latest.Scores.Total));
    }

    [Fact]
    public async Task The_outbox_dispatcher_publishes_the_recorded_assessments_to_the_broker()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);

        await ImportAsync(client, Sample.Json);

        var outbox = await Eventually.ReturnsAsync(
            async () =>
                await app.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync()) is var all
                && all.All(m => m.SentAtUtc is not null)
                    ? all
                    : null,
            TimeSpan.FromSeconds(10),
            "every outbox message sent",
            TimeSpan.FromMilliseconds(100)
        );

        Assert.Equal(2, outbox.Count(m => m.MessageType == RecordedType));
        Assert.All(outbox, m =>
        {
            Assert.NotNull(m.SentAtUtc);
            Assert.Null(m.LastError);
        });
    }

    [Fact]
    public async Task An_unknown_import_or_assessment_is_404()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/imports/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync($"/api/assessments/{Sample.OrganisationCode}/2568")).StatusCode
        );
    }

    private static List<IssueResponse> Errors(ImportResponse import) =>
        [.. import.Issues.Where(i => i.Severity == IssueSeverity.Error)];

    [Fact]
    public async Task The_history_lists_every_import_newest_first_a_page_at_a_time_with_its_outcome()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterSampleOrganisationAsync(client);
        var first = await ImportAsync(client, Sample.Json);
        // Sent by another administrator: the history names each import's submitter.
        using var somchai = app.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.NationalAdmin, subject: "admin-somchai"));
        using var second = await somchai.PostAsync(
            "/api/imports?source=ทดสอบ",
            new StringContent("organisation_code,fiscal_year,total\n9999999,2568,85.71\n", Encoding.UTF8, "text/csv")
        );
        var failed = await WaitUntilDoneAsync(client, second.Headers.Location!);

        var history = await client.GetFromJsonAsync<ImportHistoryResponse>("/api/imports?pageSize=1", Json);
        var older = await client.GetFromJsonAsync<ImportHistoryResponse>("/api/imports?pageSize=1&page=2", Json);
        using var bad = await client.GetAsync("/api/imports?pageSize=101");
        using var officer = app.CreateClient().Authorize(TestTokens.For("officer", Sample.OrganisationCode));
        using var refused = await officer.GetAsync("/api/imports");

        Assert.NotNull(history);
        Assert.Equal(2, history.TotalCount);
        var newest = Assert.Single(history.Items);
        Assert.Equal(
            (failed.Id, "ทดสอบ", "admin-somchai", "Csv", 1, 1),
            (newest.Id, newest.Source, newest.SubmittedBy, newest.Format, newest.RowsRead, newest.Rejected)
        );
        Assert.Empty(newest.Issues);
        var oldest = Assert.Single(older!.Items);
        Assert.Equal((first.Id, "test-national-admin"), (oldest.Id, oldest.SubmittedBy));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task RegisterSampleOrganisationAsync(HttpClient client)
    {
        using var response = await client.PostAsync(
            "/api/organisations",
            new StringContent(Sample.OrganisationsCsv, Encoding.UTF8, "text/csv")
        );
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the JSON, expects 202 with a Location, and follows it until the import is processed.</summary>
    private static async Task<ImportResponse> ImportAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync("/api/imports", Sample.Content(json));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        return await WaitUntilDoneAsync(client, response.Headers.Location);
    }

    private static async Task<ImportResponse> WaitUntilDoneAsync(HttpClient client, Uri location)
    {
        return await Eventually.ReturnsAsync(
            async () =>
                (await client.GetFromJsonAsync<ImportResponse>(location, Json))!
                    is { Status: ImportStatus.Completed or ImportStatus.Failed } done
                    ? done
                    : null,
            TimeSpan.FromSeconds(10),
            $"import {location} Completed or Failed",
            TimeSpan.FromMilliseconds(20)
        );
    }

    private static Task<List<Ita.Micro.ServiceDefaults.Outbox.OutboxMessage>> RecordedInOutboxAsync(
        ScoreIngestionApp app
    ) =>
        app.QueryAsync(db =>
            db.OutboxMessages.Where(m => m.MessageType == RecordedType).OrderBy(m => m.Id).ToListAsync()
        );

    private static async Task<JsonObject> ProblemErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        return problem["errors"]!.AsObject();
    }

    private static async Task AssertNothingStoredAsync(ScoreIngestionApp app)
    {
        Assert.Equal(0, await app.QueryAsync(db => db.Imports.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.Assessments.CountAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }
}
