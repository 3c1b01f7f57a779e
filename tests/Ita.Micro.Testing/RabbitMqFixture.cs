using Xunit;

namespace Ita.Micro.Testing;

/// <summary>
/// One <see cref="RabbitMqBroker"/> for a test class (<c>IClassFixture&lt;RabbitMqFixture&gt;</c>) or a collection
/// (<c>ICollectionFixture&lt;RabbitMqFixture&gt;</c>): started before its first test, stopped after its last.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private RabbitMqBroker? broker;

    /// <summary>The broker; xunit starts it (<see cref="InitializeAsync"/>) before any test sees the fixture.</summary>
    public RabbitMqBroker Broker =>
        broker ?? throw new InvalidOperationException("The broker is not started: InitializeAsync has not run.");

    /// <inheritdoc />
    public async Task InitializeAsync() => broker = await RabbitMqBroker.StartAsync(CancellationToken.None);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (broker is not null)
        {
            await broker.DisposeAsync();
        }
    }
}
