namespace Ita.Micro.Analysis.Tests.Api;

[Collection(AnalysisApiBrokerCollection.Name)]
public sealed class OpenApiDocumentTests(RabbitMqFixture rabbit)
{
    [Fact]
    public async Task Every_mapped_endpoint_is_in_the_valid_OpenAPI_document_with_a_response_schema()
    {
        await using var app = new AnalysisApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = null;
        await OpenApiAssert.DescribesEveryEndpointAsync(app.Services, client);
    }
}
