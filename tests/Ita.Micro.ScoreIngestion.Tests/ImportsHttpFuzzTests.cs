using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services.Parsing;
using Ita.Micro.ScoreIngestion.Tests.Parsing;
using Ita.Micro.ScoreIngestion.Tests.TestData;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>
/// Broken and hostile uploads sent through HTTP to the service as it runs (real SQLite file, real broker): each is
/// answered 202 and then ends Completed or Failed with a message, or is refused at once with a 400 or 413 problem —
/// never a 500 — and every accepted file is kept byte for byte.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ImportsHttpFuzzTests(RabbitMqFixture rabbit, ITestOutputHelper output)
{
    /// <summary>Not the seed of <see cref="ScoreFileFuzzTests"/>: other corruptions than the reader tests see.</summary>
    private const int Seed = 20_261_123;

    /// <summary>18 per committed file (4) and 9 random-byte files: 81 uploads.</summary>
    private const int PerFile = 18;

    /// <summary>The fuzz files are a few kB each: the worker finishes all of them in a few seconds.</summary>
    private static readonly TimeSpan ProcessingBound = TimeSpan.FromSeconds(30);

    private const string Formula = "=cmd|' /C calc'!A0";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public async Task Corrupted_and_hostile_uploads_are_answered_202_then_Completed_or_Failed_or_400_413_never_500_and_kept_as_sent()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        await RegisterOrganisationsAsync(client);

        // Each corrupted file named for the format it is to be read as (now and then not the one it was made from).
        var fuzzed = FuzzInputs
            .Generate(Seed, PerFile)
            .Select((fuzz, i) => Upload.File(fuzz.Description, $"fuzz-{i:000}.{Extension(fuzz.Format)}", fuzz.Bytes))
            .ToList();
        Assert.True(fuzzed.Count >= 60, $"only {fuzzed.Count} corrupted files");
        Assert.Equal(3, fuzzed.Select(u => Path.GetExtension(u.FileName)).Distinct().Count());
        var uploads = fuzzed.Concat(HostileUploads()).ToList();

        var clock = Stopwatch.StartNew();
        var accepted = new List<(Upload Upload, Uri Location)>();
        var failures = new List<string>();
        var (refused400, refused413) = (0, 0);
        foreach (var upload in uploads)
        {
            using var response = await client.PostAsync("/api/imports", upload.Content());
            var body = await response.Content.ReadAsStringAsync();
            var what = $"{upload.Description} ({upload.FileName ?? "body"}): {(int)response.StatusCode}";
            switch (response.StatusCode)
            {
                case HttpStatusCode.Accepted when response.Headers.Location is { } location:
                    accepted.Add((upload, location));
                    break;
                case HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge:
                    if (ProblemError(response, body) is { } problem)
                        failures.Add($"{what}: {problem}");
                    if (response.StatusCode == HttpStatusCode.BadRequest)
                        refused400++;
                    else
                        refused413++;
                    break;
                default:
                    failures.Add($"{what} {body}");
                    break;
            }
            if (upload.Expect is { } expected && expected != response.StatusCode)
                failures.Add($"{what}, expected {(int)expected}: {body}");
        }
        var posted = clock.Elapsed;

        // Every accepted import ends within the bound, with a message for each problem.
        var done = new List<(Upload Upload, ImportResponse Import)>();
        var deadline = DateTime.UtcNow + ProcessingBound;
        foreach (var (upload, location) in accepted)
        {
            var import = await WaitUntilDoneAsync(client, location, deadline - DateTime.UtcNow, upload.Description);
            done.Add((upload, import));
            failures.AddRange(CheckOutcome(import).Select(f => $"{upload.Description}: {f}"));
            if (upload.Check is { } check)
            {
                try
                {
                    check(import);
                }
                catch (Exception ex)
                {
                    failures.Add($"{upload.Description}: {ex.Message}");
                }
            }
        }
        var processed = clock.Elapsed;

        // Every accepted file is kept as it was sent, under {DataDirectory}/imports/, and nothing else is.
        var stored = await app.QueryAsync(db =>
            db.Imports.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.StoredFile)
        );
        var folder = Path.Combine(app.DataDirectory, "imports");
        foreach (var (upload, import) in done)
        {
            var path = Path.Combine(folder, stored[import.Id]);
            if (!File.Exists(path))
                failures.Add($"{upload.Description}: {path} is missing");
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(upload.Bytes))
                failures.Add($"{upload.Description}: {path} differs from the {upload.Bytes.Length} bytes sent");
            if (import.SizeBytes != upload.Bytes.Length)
                failures.Add($"{upload.Description}: SizeBytes {import.SizeBytes} for {upload.Bytes.Length} bytes");
        }
        var imports = done.Select(d => d.Import).ToList();
        output.WriteLine(
            $"{uploads.Count} uploads: {accepted.Count} accepted ({imports.Count(i => i.Status == ImportStatus.Completed)} Completed, "
                + $"{imports.Count(i => i.Status == ImportStatus.Failed)} Failed; {imports.Sum(i => i.Recorded)} rows recorded, "
                + $"{imports.Sum(i => i.Rejected)} rejected), {refused400} refused 400, {refused413} refused 413; "
                + $"posted in {posted.TotalMilliseconds:F0} ms, all processed after {processed.TotalMilliseconds:F0} ms"
        );
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));

        Assert.Equal(accepted.Count, stored.Count);
        Assert.Equal(
            stored.Values.Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );

        // Nothing stored is longer than its column (SQL Server would refuse it; SQLite does not check).
        Assert.Empty(await StoredLengths.OverflowingAsync(app));

        // No formula sent in the hostile CSV ever reached a recorded assessment.
        Assert.Equal(
            0,
            await app.QueryAsync(db =>
                db.Assessments.CountAsync(a =>
                    a.ScoresJson.Contains("cmd|")
                    || (a.PublishedRating != null && a.PublishedRating.Contains("cmd|"))
                    || a.OrganisationCode.Contains("cmd|")
                )
            )
        );

        using (var health = await client.GetAsync("/health"))
            Assert.True(
                health.StatusCode == HttpStatusCode.OK,
                $"/health {(int)health.StatusCode}: {await health.Content.ReadAsStringAsync()}"
            );
    }

    /// <summary>
    /// With the limits lowered, a file over Imports:MaxFileBytes (as a form or as a body) and a JSON body over
    /// Imports:MaxJsonBodyBytes are refused with a 413 problem, and nothing is stored: no import, no file, no part file.
    /// </summary>
    [Fact]
    public async Task Files_and_json_bodies_over_the_limits_are_413_problems_and_nothing_is_stored()
    {
        const int maxFileBytes = 10_000,
            maxJsonBodyBytes = 5_000;
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        // A derived factory: ScoreIngestionApp's settings (its data folder, the broker) and then these.
        await using var limited = app.WithWebHostBuilder(web =>
            web.UseSetting(
                    "Imports:MaxFileBytes",
                    maxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)
                )
                .UseSetting(
                    "Imports:MaxJsonBodyBytes",
                    maxJsonBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)
                )
        );
        using var client = await CreateReadyClientAsync(limited);

        var csv = LargeCsv(20_000);
        var json = LargeJson(maxJsonBodyBytes + 1_000);
        var cases = new (string What, Func<HttpContent> Content, string Limit)[]
        {
            ("a 20 kB CSV as a form", () => Upload.File("", "scores.csv", csv).Content(), $"{maxFileBytes:N0}"),
            (
                "a 20 kB CSV as a body",
                () => new ByteArrayContent(csv) { Headers = { ContentType = new("text/csv") } },
                $"{maxFileBytes:N0}"
            ),
            (
                "a 20 kB JSON file as a form",
                () => Upload.File("", "scores.json", LargeJson(20_000)).Content(),
                $"{maxFileBytes:N0}"
            ),
            (
                $"a {json.Length:N0}-byte JSON body",
                () => Sample.Content(Encoding.UTF8.GetString(json)),
                $"{maxJsonBodyBytes:N0}"
            ),
        };
        foreach (var (what, content, limit) in cases)
        {
            using var response = await client.PostAsync("/api/imports", content());
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(
                response.StatusCode == HttpStatusCode.RequestEntityTooLarge,
                $"{what}: {(int)response.StatusCode} {body}"
            );
            Assert.Null(ProblemError(response, body));
            Assert.Contains(limit, JsonNode.Parse(body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // Under the limits the same service still accepts: the limits, not something else, refused the above.
        using (var small = await client.PostAsync("/api/imports", Sample.Content(Sample.Json)))
            Assert.Equal(HttpStatusCode.Accepted, small.StatusCode);
        await using var scope = limited.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.IngestionDbContext>();
        var import = Assert.Single(await db.Imports.AsNoTracking().ToListAsync());
        Assert.Equal(
            [import.StoredFile],
            Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "imports")).Select(Path.GetFileName)
        );
    }

    /// <summary>
    /// The uploads the corrupted committed files do not cover: nothing at all, the old Excel format, noise named as a
    /// workbook, formula (CSV-injection) cells, numbers beyond any decimal, a path in the file name, a form without a file.
    /// </summary>
    private static IEnumerable<Upload> HostileUploads()
    {
        yield return Upload.File("a 0-byte file", "empty.csv", [], check: import =>
        {
            Assert.Equal(ImportStatus.Failed, import.Status);
            Assert.Equal((0, 0), (import.RowsRead, import.Recorded));
        });
        yield return Upload.File(
            "a workbook named .xls",
            "scores.xls",
            TestFiles.Bytes("scores.xlsx"),
            HttpStatusCode.BadRequest
        );
        var noise = new byte[8_192];
        new Random(Seed).NextBytes(noise);
        yield return Upload.File("random bytes named .xlsx", "noise.xlsx", noise, check: import =>
            Assert.Equal(ImportStatus.Failed, import.Status)
        );
        yield return Upload.File(
            "a zip signature then noise named .xlsx",
            "zip-noise.xlsx",
            [.. "PK\u0003\u0004"u8, .. noise],
            check: import => Assert.Equal(ImportStatus.Failed, import.Status)
        );

        var formulas = string.Join(
            "\n",
            "organisation_code,fiscal_year,total,rating,iit,eit,oit",
            // An organisation no other upload records: for 6630801 this row would leave out the items recorded before,
            // and a partial row is refused (the rule of ImportMode.Update), which is not what this file is about.
            "6630805,2568,85.71,ผ่าน,84.99,85.71,86.25",
            $"6630802,2568,{Formula},ผ่าน,,,",
            $"6630803,2568,82,{Formula},,,",
            $"{Formula},2568,82,ผ่าน,,,",
            $"6630804,2568,\"{Formula}\",ผ่าน,,,",
            $"6630804,2567,82,ผ่าน,{Formula},,"
        );
        yield return Upload.File(
            $"a CSV with {Formula} cells",
            "formulas.csv",
            Encoding.UTF8.GetBytes(formulas),
            check: import =>
            {
                Assert.Equal(
                    (ImportStatus.Completed, 6, 1, 5),
                    (import.Status, import.RowsRead, import.Recorded, import.Rejected)
                );
                Assert.Equal(
                    5,
                    import.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Row).Distinct().Count()
                );
            }
        );

        var huge = Sample.Json.Replace("\"total\": 85.71", "\"total\": 1e400", StringComparison.Ordinal);
        Assert.Contains("1e400", huge, StringComparison.Ordinal);
        yield return Upload.File(
            "a JSON file with 1e400",
            "huge-number.json",
            Encoding.UTF8.GetBytes(huge),
            check: import =>
            {
                Assert.Equal((ImportStatus.Completed, 2, 1), (import.Status, import.RowsRead, import.Rejected));
                var issue = Assert.Single(import.Issues, i => i.Severity == IssueSeverity.Error);
                Assert.Equal((2, "scores.total"), (issue.Row, issue.Column));
            }
        );
        yield return Upload.Body(
            "a JSON body with 1e400",
            Encoding.UTF8.GetBytes(huge),
            "application/json",
            HttpStatusCode.BadRequest
        );
        yield return Upload.Body(
            "a JSON body nested 10,000 deep",
            Encoding.UTF8.GetBytes(new string('[', 10_000)),
            "application/json",
            HttpStatusCode.BadRequest
        );
        yield return Upload.File(
            "a JSON file nested 10,000 deep",
            "deep.json",
            Encoding.UTF8.GetBytes("{\"assessments\":" + new string('[', 10_000)),
            check: import => Assert.Equal(ImportStatus.Failed, import.Status)
        );
        yield return Upload.File(
            "a file name with a path",
            "../../../etc/scores.csv",
            TestFiles.Bytes("scores-items.csv"),
            check: import => Assert.Equal("scores.csv", import.FileName)
        );
        yield return Upload.File(
            "a file without an extension",
            "scores",
            TestFiles.Bytes("scores-items.csv"),
            HttpStatusCode.BadRequest
        );
        yield return Upload.Body("a CSV body", TestFiles.Bytes("scores-items.csv"), "text/csv", check: import =>
            Assert.Equal((ImportStatus.Completed, "Csv"), (import.Status, import.Format))
        );
        yield return Upload.Body("an octet-stream body", noise, "application/octet-stream", HttpStatusCode.BadRequest);
        yield return new Upload("a form without a file field", null, [], HttpStatusCode.BadRequest, null, () =>
            new MultipartFormDataContent { { new StringContent("x"), "source" } }
        );
    }

    /// <summary>What is wrong with how the import ended; nothing when it ended as it should.</summary>
    private static IEnumerable<string> CheckOutcome(ImportResponse import)
    {
        var errors = import.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (import.Issues.FirstOrDefault(i => !IsBilingual(i.Message)) is { } unclear)
            yield return $"issue without a Thai / English message: {unclear}";
        if (import.CompletedAtUtc is null)
            yield return "no CompletedAtUtc";
        if (import.RowsRead != import.Recorded + import.Unchanged + import.Rejected)
            yield return $"{import.RowsRead} rows read but {import.Recorded} + {import.Unchanged} + {import.Rejected} counted";
        switch (import.Status)
        {
            case ImportStatus.Failed:
                if (!IsBilingual(import.FailureMessage))
                    yield return $"Failed without a clear FailureMessage: '{import.FailureMessage}'";
                if (!errors.Any(i => i.Row is null && i.Message == import.FailureMessage))
                    yield return "Failed without a file-level issue carrying the FailureMessage";
                break;
            case ImportStatus.Completed:
                if (import.FailureMessage is not null)
                    yield return $"Completed with a FailureMessage: {import.FailureMessage}";
                // Each rejected row has at least one error naming its row.
                var rows = errors.Select(i => i.Row).Distinct().ToList();
                if (rows.Contains(null))
                    yield return "Completed with a file-level error";
                if (rows.Count != import.Rejected)
                    yield return $"{import.Rejected} rows rejected but errors on {rows.Count} rows";
                break;
            default:
                yield return $"ended {import.Status}";
                break;
        }
    }

    private static bool IsBilingual(string? message) =>
        !string.IsNullOrWhiteSpace(message) && message.Contains(" / ", StringComparison.Ordinal);

    /// <summary>
    /// Follows the import until it is Completed or Failed, with every page of issues; fails the test, naming the
    /// upload, when it is not within the time left of the processing bound.
    /// </summary>
    private static async Task<ImportResponse> WaitUntilDoneAsync(
        HttpClient client,
        Uri location,
        TimeSpan left,
        string description
    )
    {
        var import = await Eventually.ReturnsAsync(
            async () =>
                (await client.GetFromJsonAsync<ImportResponse>(location, Json))!
                    is { Status: ImportStatus.Completed or ImportStatus.Failed } done
                    ? done
                    : null,
            left,
            $"{description}: Completed or Failed within the processing bound of {ProcessingBound.TotalSeconds} s",
            TimeSpan.FromMilliseconds(20)
        );
        var issues = import.Issues.ToList();
        for (var page = 2; issues.Count == (page - 1) * 200; page++)
            issues.AddRange((await client.GetFromJsonAsync<ImportResponse>($"{location}?page={page}", Json))!.Issues);
        return import with { Issues = issues };
    }

    /// <summary>Null when the answer is a problem-details body of its status code; else what is wrong with it.</summary>
    private static string? ProblemError(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"content type {response.Content.Headers.ContentType}: {body}";
        try
        {
            var problem = JsonNode.Parse(body)!.AsObject();
            if (problem["status"]?.GetValue<int>() != (int)response.StatusCode)
                return $"status {problem["status"]} in {body}";
            if (problem["title"] is null)
                return $"no title: {body}";
            var detail = problem["detail"]?.GetValue<string>()
                ?? problem["errors"]
                    ?.AsObject()
                    .SelectMany(e => e.Value!.AsArray())
                    .FirstOrDefault()
                    ?.GetValue<string>();
            return IsBilingual(detail) ? null : $"no Thai / English detail or error: {body}";
        }
        catch (JsonException ex)
        {
            return $"{ex.Message}: {body}";
        }
    }

    /// <summary>
    /// The organisations the committed score files name (6630801–6630804) and the hostile CSV's sound row (6630805),
    /// so that sound rows get recorded.
    /// </summary>
    private static async Task RegisterOrganisationsAsync(HttpClient client)
    {
        var csv =
            "code,name,type,province,district\n"
            + string.Join(
                "\n",
                Enumerable.Range(1, 5).Select(i => $"663080{i},เทศบาลตำบลทดสอบ {i},เทศบาลตำบล,ตาก,อุ้มผาง")
            );
        using var response = await client.PostAsync(
            "/api/organisations",
            new StringContent(csv, Encoding.UTF8, "text/csv")
        );
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpClient> CreateReadyClientAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient();
        await Eventually.HoldsAsync(
            async () => (await client.GetAsync("/health")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(15),
            "score-ingestion ready on /health"
        );
        return client;
    }

    private static string Extension(ScoreFileFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>A CSV of sound rows, at least <paramref name="bytes"/> long.</summary>
    private static byte[] LargeCsv(int bytes)
    {
        var text = new StringBuilder("organisation_code,fiscal_year,total\n");
        for (var i = 0; text.Length < bytes; i++)
            text.Append(Invariant($"{6_000_000 + i},2568,85.71\n"));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>An import body of sound entries, at least <paramref name="bytes"/> long.</summary>
    private static byte[] LargeJson(int bytes)
    {
        var entries = new List<string>();
        for (var i = 0; entries.Sum(e => e.Length + 1) < bytes; i++)
            entries.Add(
                Invariant(
                    $"{{\"organisationCode\":\"{6_000_000 + i}\",\"fiscalYear\":2568,\"scores\":{{\"total\":85.71}}}}"
                )
            );
        return Encoding.UTF8.GetBytes($$"""{"source":"ทดสอบ","assessments":[{{string.Join(",", entries)}}]}""");
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>One request to POST /api/imports: a file in the form field "file", or a body of a content type.</summary>
    private sealed record Upload(
        string Description,
        string? FileName,
        byte[] Bytes,
        HttpStatusCode? Expect,
        Action<ImportResponse>? Check,
        Func<HttpContent> Content
    )
    {
        public static Upload File(
            string description,
            string fileName,
            byte[] bytes,
            HttpStatusCode? expect = null,
            Action<ImportResponse>? check = null
        ) => new(description, fileName, bytes, expect ?? (check is null ? null : HttpStatusCode.Accepted), check, () =>
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                return new MultipartFormDataContent { { file, "file", fileName } };
            });

        public static Upload Body(
            string description,
            byte[] bytes,
            string contentType,
            HttpStatusCode? expect = null,
            Action<ImportResponse>? check = null
        ) =>
            new(description, null, bytes, expect ?? (check is null ? null : HttpStatusCode.Accepted), check, () =>
                new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } }
            );
    }
}
