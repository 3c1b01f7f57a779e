using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using Microsoft.EntityFrameworkCore;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// Documents follow the rules of the data they were made from: an organisation's documents are its readers' only, a
/// province's summary its overseers', the national summary national admins'. Anything else does not exist (404).
/// </summary>
[Collection(DocumentsBrokerCollection.Name)]
public sealed class DocumentsAuthorizationTests(RabbitMqFixture rabbit) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
    private const string Nan = "5500101";

    private DocumentsApp _app = null!;
    private readonly DocumentRecord _maeChan = With(
        FixedDocuments.Of(DocumentKind.Announcement),
        Organisations.MaeChan.Code,
        Organisations.MaeChan.Name,
        "ตาก"
    );
    private readonly DocumentRecord _nan = With(
        FixedDocuments.Of(DocumentKind.Memo),
        Nan,
        "องค์การบริหารส่วนตำบลเมืองน่าน",
        "น่าน"
    );
    private readonly DocumentRecord _takSummary = With(
        FixedDocuments.Of(DocumentKind.Summary),
        "",
        "จังหวัดตาก",
        "ตาก"
    );
    private readonly DocumentRecord _nationalSummary = With(
        FixedDocuments.Of(DocumentKind.Summary),
        "",
        "ทั่วประเทศ",
        null
    );

    public async Task InitializeAsync()
    {
        _app = new DocumentsApp(rabbit.Broker);
        using var ready = await _app.CreateReadyClientAsync();
        await _app.QueryAsync(db =>
        {
            db.Documents.AddRange(_maeChan, _nan, _takSummary, _nationalSummary);
            // FY 2568 has data in ตาก only: its summary and the nation's can be asked for, น่าน's cannot.
            db.OrganisationYears.Add(
                new OrganisationYear
                {
                    OrganisationCode = Organisations.MaeChan.Code,
                    FiscalYear = 2568,
                    Name = Organisations.MaeChan.Name,
                    Type = "เทศบาลตำบล",
                    Province = "ตาก",
                    Total = 85.71m,
                    Rating = "ผ่าน",
                    Passed = true,
                }
            );
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_officer_reads_and_downloads_its_organisations_documents_and_finds_no_other()
    {
        using var officer = Client(TestTokens.For(ItaRoles.Officer, Organisations.MaeChan.Code));

        var list = await officer.GetFromJsonAsync<List<DocumentResponse>>("/api/documents", Json);
        Assert.Equal([_maeChan.Id], list!.Select(d => d.Id));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/documents/{_maeChan.Id}")).StatusCode);
        using var docx = await officer.GetAsync($"/api/documents/{_maeChan.Id}/content?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/documents/{_maeChan.Id}/preview")).StatusCode);

        foreach (var foreign in new[] { _nan, _takSummary, _nationalSummary })
        foreach (var path in new[] { "", "/content", "/content?format=docx", "/preview" })
        {
            using var response = await officer.GetAsync($"/api/documents/{foreign.Id}{path}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(
                response.StatusCode == HttpStatusCode.NotFound,
                $"{foreign.OrganisationName}{path}: {(int)response.StatusCode}"
            );
            Assert.DoesNotContain(foreign.OrganisationName, body, StringComparison.Ordinal);
        }
        Assert.Empty(
            (await officer.GetFromJsonAsync<List<DocumentResponse>>($"/api/documents?organisationCode={Nan}", Json))!
        );
    }

    [Fact]
    public async Task A_province_overseer_reads_its_provinces_documents_and_summary_and_asks_only_for_its_own_summary()
    {
        using var overseer = Client(TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก"));

        var list = await overseer.GetFromJsonAsync<List<DocumentResponse>>("/api/documents", Json);
        Assert.Equal(new[] { _maeChan.Id, _takSummary.Id }.Order(), list!.Select(d => d.Id).Order());
        Assert.Equal(
            HttpStatusCode.OK,
            (await overseer.GetAsync($"/api/documents/{_takSummary.Id}/content?format=docx")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await overseer.GetAsync($"/api/documents/{_nan.Id}/preview")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await overseer.GetAsync($"/api/documents/{_nationalSummary.Id}")).StatusCode
        );

        using var own = await overseer.PostAsJsonAsync(
            "/api/documents",
            new
            {
                kind = "Summary",
                fiscalYear = 2568,
                province = "จังหวัดตาก",
            }
        );
        Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
        var summaryId = await ReadIdAsync(own);
        Assert.Equal(
            "ตาก",
            await _app.QueryAsync(db => Task.FromResult(db.Documents.Single(d => d.Id == summaryId).Province))
        );
        using var other = await overseer.PostAsJsonAsync(
            "/api/documents",
            new
            {
                kind = "Summary",
                fiscalYear = 2568,
                province = "น่าน",
            }
        );
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        using var nation = await overseer.PostAsJsonAsync(
            "/api/documents",
            new { kind = "Summary", fiscalYear = 2568 }
        );
        Assert.Equal(HttpStatusCode.Forbidden, nation.StatusCode);
        using var officer = Client(TestTokens.For(ItaRoles.Officer, Organisations.MaeChan.Code));
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (
                await officer.PostAsJsonAsync(
                    "/api/documents",
                    new
                    {
                        kind = "Summary",
                        fiscalYear = 2568,
                        province = "ตาก",
                    }
                )
            ).StatusCode
        );

        using var admin = await _app.CreateReadyClientAsync();
        Assert.Equal(
            4,
            (await admin.GetFromJsonAsync<List<DocumentResponse>>("/api/documents", Json))!.Count(d =>
                d.FiscalYear == 2569
            )
        );
        Assert.Equal(
            HttpStatusCode.Accepted,
            (await admin.PostAsJsonAsync("/api/documents", new { kind = "Summary", fiscalYear = 2568 })).StatusCode
        );
    }

    [Fact]
    public async Task A_summary_of_a_year_or_province_without_data_is_not_found_with_a_message_naming_them()
    {
        using var admin = await _app.CreateReadyClientAsync();

        using var emptyYear = await admin.PostAsJsonAsync(
            "/api/documents",
            new { kind = "Summary", fiscalYear = 2560 }
        );
        using var emptyProvince = await admin.PostAsJsonAsync(
            "/api/documents",
            new
            {
                kind = "Summary",
                fiscalYear = 2568,
                province = "น่าน",
            }
        );

        Assert.Equal(HttpStatusCode.NotFound, emptyYear.StatusCode);
        Assert.Contains("ปีงบประมาณ พ.ศ. 2560", await emptyYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, emptyProvince.StatusCode);
        var problem = await emptyProvince.Content.ReadAsStringAsync();
        Assert.Contains("จังหวัดน่าน", problem, StringComparison.Ordinal);
        Assert.Contains("fiscal year 2568", problem, StringComparison.Ordinal);
        var summaries = await _app.QueryAsync(db => db.Documents.CountAsync(d => d.Kind == DocumentKind.Summary));
        Assert.Equal(2, summaries);
    }

    [Fact]
    public async Task Rendering_an_organisations_document_again_is_asked_by_its_readers_only()
    {
        var request = new
        {
            kind = "Announcement",
            fiscalYear = 2569,
            organisationCode = Organisations.MaeChan.Code,
        };
        using var stranger = Client(TestTokens.For(ItaRoles.Officer, Nan));
        using var refused = await stranger.PostAsJsonAsync("/api/documents", request);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain(
            Organisations.MaeChan.Name,
            await refused.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );

        using var officer = Client(TestTokens.For(ItaRoles.Officer, Organisations.MaeChan.Code));
        using var accepted = await officer.PostAsJsonAsync("/api/documents", request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(_maeChan.Id, await ReadIdAsync(accepted));
    }

    private HttpClient Client(string token) => _app.CreateClient().Authorize(token);

    private static async Task<Guid> ReadIdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<DocumentResponse>(Json))!.Id;

    private static DocumentRecord With(DocumentRecord document, string code, string name, string? province)
    {
        document.OrganisationCode = code;
        document.OrganisationName = name;
        document.Province = province;
        document.DataHash = Guid.NewGuid().ToString("N");
        return document;
    }
}
