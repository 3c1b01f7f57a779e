using Xunit;

namespace Ita.Micro.Testing;

/// <summary>
/// One <see cref="RabbitMqBroker"/> for a test class (<c>IClassFixture&lt;RabbitMqFixture&gt;</c>) or a collection
/// (<c>ICollectionFixture&lt;RabbitMqFixture&gt;</c>): started before its first test, stopped after its last.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private RabbitMqBroker? _broker;

    /// <summary>The broker; xunit starts it (<see cref="InitializeAsync"/>) before any test sees the fixture.</summary>
    public RabbitMqBroker Broker =>
        _broker ?? throw new InvalidOperationException("The broker is not started: InitializeAsync has not run.");

    /// <inheritdoc />
    public async Task InitializeAsync() => _broker = await RabbitMqBroker.StartAsync(CancellationToken.None);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}
