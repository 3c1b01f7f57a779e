using System.Text;
using System.Text.Json;
using Ita.Micro.Analysis.Apis;
using Ita.Micro.Analysis.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.Analysis.Tests.Catalogue;

/// <summary>
/// The endpoint handlers called as the routing would call them. Through HTTP (WebApplicationFactory) once the API
/// is mapped in Program.cs and the test project references Microsoft.AspNetCore.Mvc.Testing.
/// </summary>
public sealed class CatalogueApiTests : IDisposable
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddOptions().BuildServiceProvider();
    private readonly CatalogueDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static HttpRequest Request(string? json = null, string? user = null)
    {
        var context = new DefaultHttpContext { RequestServices = Services };
        if (json is not null)
        {
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
            context.Request.ContentType = "application/json";
        }
        if (user is not null)
            context.Request.Headers[CatalogueApi.UserHeader] = user;
        return context.Request;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    private Task<IResult> Put(CatalogueMeasure measure, string id, string? user = "admin-1", string? note = null) =>
        CatalogueApi.PutMeasure(
            id,
            note,
            null,
            Request(Json(measure), user),
            _database.Store(),
            _database.Books,
            CancellationToken.None
        );

    private async Task<CatalogueDocument> Current()
    {
        var result = await CatalogueApi.GetCurrent(null, null, _database.Store(), CancellationToken.None);
        return Assert.IsType<Ok<CatalogueDocument>>(result.Result).Value!;
    }

    [Fact]
    public async Task Get_gives_the_current_version_and_filters_by_indicator_and_concept()
    {
        var all = await Current();
        var filtered = await CatalogueApi.GetCurrent(
            4,
            "iit-asset-borrow-proper",
            _database.Store(),
            CancellationToken.None
        );

        Assert.Equal(1, all.Version);
        Assert.Equal(MeasureCatalogue.Seed.Measures.Count, all.Measures.Count);
        var measures = Assert.IsType<Ok<CatalogueDocument>>(filtered.Result).Value!.Measures;
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.True(m.Indicator == 4 && m.Concepts.Contains("iit-asset-borrow-proper")));
    }

    [Fact]
    public async Task Get_with_an_indicator_outside_1_to_10_is_a_400_on_indicator()
    {
        var result = await CatalogueApi.GetCurrent(11, null, _database.Store(), CancellationToken.None);

        Assert.Equal(["indicator"], Assert.IsType<ValidationProblem>(result.Result).ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task Put_of_a_new_measure_stores_a_new_version_by_the_user_in_the_header()
    {
        var result = await Put(
            TestMeasures.Valid("new-measure", indicator: 5),
            "new-measure",
            user: "national-admin",
            note: "เพิ่ม"
        );

        var created = Assert.IsType<Created<CatalogueVersionSummary>>(result);
        Assert.Equal("/api/catalogue/versions/2", created.Location);
        Assert.Equal(
            (2, "national-admin", "เพิ่ม"),
            (created.Value!.Version, created.Value.ChangedBy, created.Value.Note)
        );
        Assert.Equal(MeasureCatalogue.Seed.Measures.Count + 1, created.Value.Count);
        Assert.Contains((await Current()).Measures, m => m.Id == "new-measure");
    }

    [Fact]
    public async Task Put_of_an_existing_id_replaces_that_measure()
    {
        var replacement = MeasureCatalogue.Seed.Find("prevention-bribery-risk-assessment")! with
        {
            Period = "พฤศจิกายน – ธันวาคม",
        };

        Assert.IsType<Created<CatalogueVersionSummary>>(await Put(replacement, replacement.Id));

        var current = await Current();
        Assert.Equal(MeasureCatalogue.Seed.Measures.Count, current.Measures.Count);
        Assert.Equal("พฤศจิกายน – ธันวาคม", current.Measures.Single(m => m.Id == replacement.Id).Period);
    }

    [Fact]
    public async Task Put_without_an_id_in_the_body_takes_the_id_in_the_address()
    {
        Assert.IsType<Created<CatalogueVersionSummary>>(
            await Put(TestMeasures.Valid("x") with { Id = "" }, "from-address")
        );

        Assert.Contains((await Current()).Measures, m => m.Id == "from-address");
    }

    [Fact]
    public async Task Put_whose_body_id_is_not_the_address_id_is_a_400_on_id()
    {
        var result = await Put(TestMeasures.Valid("one-id"), "another-id");

        Assert.Equal(["id"], Assert.IsType<ValidationProblem>(result).ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task Put_of_an_invalid_measure_is_a_400_keyed_by_the_measures_own_fields()
    {
        var result = await Put(TestMeasures.Valid("bad") with { Title = "", Steps = [], Indicator = 0 }, "bad");

        var problem = Assert.IsType<ValidationProblem>(result);
        Assert.Equal(["indicator", "steps", "title"], problem.ProblemDetails.Errors.Keys.Order());
        Assert.Equal(1, (await Current()).Version);
    }

    [Fact]
    public async Task Put_of_malformed_json_is_a_400()
    {
        var result = await CatalogueApi.PutMeasure(
            "x",
            null,
            null,
            Request("{\"indicator\": \"four\"}"),
            _database.Store(),
            _database.Books,
            CancellationToken.None
        );

        Assert.Equal(
            StatusCodes.Status400BadRequest,
            Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode
        );
    }

    [Fact]
    public async Task Put_of_the_same_measure_again_is_200_with_the_version_unchanged()
    {
        var measure = MeasureCatalogue.Seed.Find("disclosure-e-service")!;

        var ok = Assert.IsType<Ok<CatalogueVersionSummary>>(await Put(measure, measure.Id));

        Assert.Equal(1, ok.Value!.Version);
    }

    [Fact]
    public async Task Delete_of_an_unknown_measure_is_404()
    {
        var result = await CatalogueApi.DeleteMeasure(
            "no-such-measure",
            null,
            null,
            Request(),
            _database.Store(),
            CancellationToken.None
        );

        Assert.Equal(StatusCodes.Status404NotFound, Assert.IsType<ProblemHttpResult>(result).StatusCode);
    }

    [Fact]
    public async Task Delete_stores_a_version_without_the_measure_by_unknown_when_no_user_is_given()
    {
        var result = await CatalogueApi.DeleteMeasure(
            "disclosure-privacy-policy",
            "ไม่ใช้แล้ว",
            null,
            Request(),
            _database.Store(),
            CancellationToken.None
        );

        var ok = Assert.IsType<Ok<CatalogueVersionSummary>>(result);
        Assert.Equal((2, CatalogueStore.UnknownUser), (ok.Value!.Version, ok.Value.ChangedBy));
        Assert.DoesNotContain((await Current()).Measures, m => m.Id == "disclosure-privacy-policy");
    }

    [Fact]
    public async Task Put_of_the_whole_catalogue_based_on_a_version_no_longer_current_is_409()
    {
        var edited = await Current();
        await Put(TestMeasures.Valid("someone-elses"), "someone-elses");

        var body = Json(edited with { Measures = [.. edited.Measures, TestMeasures.Valid("mine")] });
        var result = await CatalogueApi.ReplaceAll(
            null,
            Request(body, "admin-2"),
            _database.Store(),
            CancellationToken.None
        );

        Assert.Equal(StatusCodes.Status409Conflict, Assert.IsType<ProblemHttpResult>(result).StatusCode);
        Assert.DoesNotContain((await Current()).Measures, m => m.Id == "mine");
    }

    [Fact]
    public async Task Put_of_the_whole_catalogue_replaces_it_and_reports_problems_by_position()
    {
        var body = Json(
            new CatalogueDocument { Measures = [TestMeasures.Valid("only-one"), TestMeasures.Valid("only-one")] }
        );
        var refused = await CatalogueApi.ReplaceAll(null, Request(body), _database.Store(), CancellationToken.None);
        Assert.Equal(["measures[1].id"], Assert.IsType<ValidationProblem>(refused).ProblemDetails.Errors.Keys);

        body = Json(new CatalogueDocument { Version = 1, Measures = [TestMeasures.Valid("only-one")] });
        var created = await CatalogueApi.ReplaceAll(
            "เริ่มใหม่",
            Request(body),
            _database.Store(),
            CancellationToken.None
        );

        Assert.Equal(2, Assert.IsType<Created<CatalogueVersionSummary>>(created).Value!.Version);
        Assert.Equal(["only-one"], (await Current()).Measures.Select(m => m.Id));
    }

    [Fact]
    public async Task Versions_are_listed_and_each_is_readable_and_an_unknown_one_is_404()
    {
        await Put(TestMeasures.Valid("new-measure"), "new-measure");

        var versions = (await CatalogueApi.ListVersions(_database.Store(), CancellationToken.None)).Value!;
        var first = await CatalogueApi.GetVersion(1, _database.Store(), CancellationToken.None);
        var missing = await CatalogueApi.GetVersion(9, _database.Store(), CancellationToken.None);

        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.DoesNotContain(Assert.IsType<Ok<CatalogueDocument>>(first.Result).Value!.Measures, m =>
            m.Id == "new-measure"
        );
        Assert.Equal(StatusCodes.Status404NotFound, Assert.IsType<ProblemHttpResult>(missing.Result).StatusCode);
    }
}
