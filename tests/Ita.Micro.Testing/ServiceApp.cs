using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.Testing;

/// <summary>
/// One service as it runs, in-process: its own SQLite file in a fresh folder, migrations applied at start-up, the bus
/// (and the outbox dispatcher) on the real broker. Development environment: tokens of <see cref="TestTokens"/> are accepted.
/// </summary>
public class ServiceApp<TProgram, TContext>(RabbitMqBroker broker, string name) : WebApplicationFactory<TProgram>
    where TProgram : class
    where TContext : DbContext
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory($"ita-{name}-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("RabbitMq:Host", broker.Host);
        builder.UseSetting("RabbitMq:Port", broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RabbitMq:VirtualHost", broker.VirtualHost);
        builder.UseSetting("RabbitMq:Username", broker.Username);
        builder.UseSetting("RabbitMq:Password", broker.Password);
    }

    /// <summary>Every client of the factory calls as a national administrator unless the test authorizes it otherwise.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.Authorize(TestTokens.NationalAdmin());
    }

    /// <summary>
    /// A client once the service reports ready on /health (database and bus), as a readiness probe would wait:
    /// a host stopped before its bus finished starting leaves MassTransit reconnecting in the background.
    /// </summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        var lastAnswer = "";
        await Eventually.HoldsAsync(
            async () =>
            {
                using var health = await client.GetAsync("/health");
                lastAnswer = await health.Content.ReadAsStringAsync();
                return health.IsSuccessStatusCode;
            },
            TimeSpan.FromSeconds(15),
            $"{name} ready on /health",
            detail: () => lastAnswer
        );
        return client;
    }

    /// <summary>Reads (or writes) the service's database through its own registration.</summary>
    public async Task<T> QueryAsync<T>(Func<TContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        { /* a leftover temp folder is harmless */
        }
    }
}
