namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>One private RabbitMQ broker for every test class that names this collection (its tests run one at a time).</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "RabbitMQ broker";
}
