using Ita.Micro.Testing;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>One private RabbitMQ broker for the tests that host the service on it (they run one at a time).</summary>
[CollectionDefinition(Name)]
public sealed class DocumentsBrokerCollection : ICollectionFixture<RabbitMqFixture>
{
    public const string Name = "Document rendering broker";
}
