using Ita.Micro.MeasureTracking.Tests.TestData;

namespace Ita.Micro.MeasureTracking.Tests.Api;

[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class OpenApiDocumentTests(RabbitMqFixture rabbit)
{
    [Fact]
    public async Task Every_mapped_endpoint_is_in_the_valid_OpenAPI_document_with_a_response_schema()
    {
        await using var app = new MeasureTrackingApp(rabbit.Broker, TestClock.OnThaiDate(new DateOnly(2025, 11, 22)));
        using var client = await app.CreateReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = null;
        await OpenApiAssert.DescribesEveryEndpointAsync(app.Services, client);
    }
}
