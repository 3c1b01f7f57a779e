namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>One private RabbitMQ broker for the test classes that host the service (their tests run one at a time).</summary>
[CollectionDefinition(Name)]
public sealed class MeasureTrackingBrokerCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "Measure tracking broker";
}
