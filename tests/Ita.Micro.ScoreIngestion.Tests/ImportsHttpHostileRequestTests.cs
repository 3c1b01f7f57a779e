using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Tests.TestData;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>
/// Requests broken at the HTTP level (a multipart form that cannot be read) and names or values longer than the
/// columns that keep them: each is a 400 problem or is stored within its column — never a 500, never a value that a
/// SQL Server column (which, unlike SQLite, enforces its length) would refuse.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ImportsHttpHostileRequestTests(RabbitMqFixture rabbit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public async Task A_multipart_form_that_cannot_be_read_is_a_400_problem_and_stores_nothing()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        const string part =
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scores.csv\"\r\n\r\n"
            + "organisation_code,fiscal_year,total\r\n6630801,2568,85.71\r\n";
        var cases = new (string What, Func<HttpContent> Content)[]
        {
            ("cut before its closing boundary", () => Raw(part, "multipart/form-data; boundary=b")),
            ("no boundary in the body", () => Raw("not a form", "multipart/form-data; boundary=b")),
            ("no boundary in the content type", () => Raw(part, "multipart/form-data")),
            ("a header line of 20,000 characters", () =>
                Raw(
                    part.Replace("scores.csv", new string('a', 20_000) + ".csv", StringComparison.Ordinal),
                    "multipart/form-data; boundary=b"
                )
            ),
            ("2,000 form fields", () =>
            {
                var form = new MultipartFormDataContent();
                for (var i = 0; i < 2_000; i++)
                    form.Add(new StringContent("x"), $"field{i}");
                return form;
            }),
        };

        var failures = new List<string>();
        foreach (var (what, content) in cases)
        {
            using var response = await client.PostAsync("/api/imports", content());
            var body = await response.Content.ReadAsStringAsync();
            if (
                response.StatusCode != HttpStatusCode.BadRequest
                || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
            )
                failures.Add($"{what}: {(int)response.StatusCode} {body}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(0, await app.QueryAsync(db => db.Imports.CountAsync()));
        Assert.False(
            Directory.Exists(Path.Combine(app.DataDirectory, "imports"))
                && Directory.EnumerateFileSystemEntries(Path.Combine(app.DataDirectory, "imports")).Any()
        );
        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Names_and_values_longer_than_their_columns_are_refused_or_shortened_never_stored_whole()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        using var organisations = await client.PostAsync(
            "/api/organisations",
            new StringContent(Sample.OrganisationsCsv, Encoding.UTF8, "text/csv")
        );
        Assert.True(organisations.IsSuccessStatusCode);
        var csv = Encoding.UTF8.GetBytes("organisation_code,fiscal_year,total\n6630801,2568,85.71\n");
        var longName = new string('ก', 300);
        var longer = new string('X', 3_000);

        var requests = new (string What, Func<HttpContent> Content, string Query)[]
        {
            ("a form field source of 300 characters", () => Form(csv, "scores.csv", longName), ""),
            (
                "a query source of 300 characters",
                () => Form(csv, "scores.csv"),
                $"?source={Uri.EscapeDataString(longName)}"
            ),
            (
                "a JSON body source of 300 characters",
                () => Sample.Content(Sample.Changed(json => json["source"] = longName)),
                ""
            ),
            ("a file name of 300 characters", () => Form(csv, new string('a', 296) + ".csv"), ""),
            (
                "a JSON tool named with 3,000 characters",
                () =>
                    Form(
                        JsonFile(json => json["assessments"]![1]!["scores"]!["tools"]![0]!["tool"] = longer),
                        "tool.json"
                    ),
                ""
            ),
            (
                "a JSON item code of 3,000 characters",
                () =>
                    Form(
                        JsonFile(json =>
                            json["assessments"]![1]!["scores"]!["items"] = new JsonArray(
                                new JsonObject { ["code"] = longer, ["score"] = 50 }
                            )
                        ),
                        "item.json"
                    ),
                ""
            ),
            (
                "a CSV header of 3,000 characters",
                () =>
                    Form(
                        Encoding.UTF8.GetBytes(
                            $"organisation_code,fiscal_year,total,{longer}\n6630801,2568,85.71,50\n"
                        ),
                        "header.csv"
                    ),
                ""
            ),
            (
                "a CSV with a 3,000-character header twice",
                () =>
                    Form(
                        Encoding.UTF8.GetBytes($"organisation_code,fiscal_year,{longer},{longer}\n6630801,2568,1,2\n"),
                        "twice.csv"
                    ),
                ""
            ),
        };

        var failures = new List<string>();
        var accepted = new List<(string What, Uri Location)>();
        foreach (var (what, content, query) in requests)
        {
            using var response = await client.PostAsync("/api/imports" + query, content());
            if (response.StatusCode == HttpStatusCode.Accepted)
                accepted.Add((what, response.Headers.Location!));
            else if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        foreach (var (what, location) in accepted)
        {
            var import = await Eventually.ReturnsAsync(
                async () =>
                    (await client.GetFromJsonAsync<ImportResponse>(location, Json))!
                        is { Status: ImportStatus.Completed or ImportStatus.Failed } ended
                        ? ended
                        : null,
                TimeSpan.FromSeconds(10),
                $"{what}: the import Completed or Failed",
                TimeSpan.FromMilliseconds(20)
            );
            if (import.Issues.FirstOrDefault(i => !i.Message.Contains(" / ", StringComparison.Ordinal)) is { } cut)
                failures.Add($"{what}: an issue lost its English: {cut.Message[^Math.Min(80, cut.Message.Length)..]}");
        }

        failures.AddRange(await StoredLengths.OverflowingAsync(app));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static byte[] JsonFile(Action<JsonNode> change) => Encoding.UTF8.GetBytes(Sample.Changed(change));

    private static MultipartFormDataContent Form(byte[] file, string fileName, string? source = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        if (source is not null)
            form.Add(new StringContent(source), "source");
        return form;
    }

    private static ByteArrayContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
