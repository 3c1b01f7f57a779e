using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.Analysis.Tests.Api;

/// <summary>
/// The analysis service as it runs: its own SQLite file in a fresh folder, migrations applied at start-up, the bus
/// on the real broker (its /health asks for both, as a readiness probe does).
/// </summary>
public sealed class AnalysisApp(RabbitMqBroker broker) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("ita-analysis-").FullName;

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

    /// <summary>
    /// A client once the service reports ready on /health: the tables exist only once the migrator has run, and a
    /// host stopped before its bus finished starting leaves MassTransit reconnecting in the background.
    /// </summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            using var health = await client.GetAsync("/health");
            if (health.IsSuccessStatusCode) return client;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"analysis was not ready within 15 s: {await health.Content.ReadAsStringAsync()}");
            await Task.Delay(50);
        }
    }

    /// <summary>Writes to the service's database through its own registration.</summary>
    public async Task WriteAsync(Func<AnalysisDbContext, Task> write)
    {
        await using var scope = Services.CreateAsyncScope();
        await write(scope.ServiceProvider.GetRequiredService<AnalysisDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
