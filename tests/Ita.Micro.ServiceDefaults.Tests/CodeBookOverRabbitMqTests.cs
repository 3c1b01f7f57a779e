using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.CodeBooks;
using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary>
/// The capability over a real broker: every service that calls <c>AddMessaging</c> has its own queue for
/// <see cref="CodeBookPublished"/> (queues are prefixed with the service name), so one published book reaches all of
/// them, and each keeps its own copy. The services here have no database, which also shows the folder is found
/// without <c>AddServiceDatabase</c>.
/// </summary>
public sealed class CodeBookOverRabbitMqTests(RabbitMqFixture rabbit, ITestOutputHelper output)
    : IClassFixture<RabbitMqFixture>, IDisposable
{
    private const int Year = 2607; // process-wide library: a year no other test uses

    private readonly string _root = Directory.CreateTempSubdirectory("ita-codebooks-rabbit-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    [Fact]
    public async Task One_published_book_reaches_every_service_and_each_saves_its_own_copy()
    {
        using var analysis = BuildHost("analysis");
        using var measures = BuildHost("measure-tracking");
        await analysis.StartAsync();
        await measures.StartAsync();

        var book = CodeBookLibrary.FindShipped(2569)! with { FiscalYear = Year, Version = 2 };
        await analysis.Services.GetRequiredService<IBus>().Publish(new CodeBookPublished
        {
            FiscalYear = Year, Version = 2, Json = JsonSerializer.Serialize(book, CodeBookLibrary.JsonOptions),
            PublishedBy = "admin", PublishedAtUtc = DateTime.UtcNow,
        });

        // The consumer saves the file and then puts the book in use: the test waits for both, as a reader would.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        foreach (var service in new[] { "analysis", "measure-tracking" })
        {
            var file = Path.Combine(_root, service, CodeBookFolder.Name, "ita-2607-v2.json");
            while (!File.Exists(file))
            {
                if (DateTime.UtcNow > deadline) Assert.Fail($"{service} did not save {file}.");
                await Task.Delay(50);
            }
        }
        while (CodeBookLibrary.Find(Year)?.Version != 2)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Code book {Year} v2 is not in use.");
            await Task.Delay(50);
        }

        await measures.StopAsync();
        await analysis.StopAsync();
    }

    private IHost BuildHost(string serviceName)
    {
        var broker = rabbit.Broker;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
            ContentRootPath = _root,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = Path.Combine(_root, serviceName),
            ["RabbitMq:Host"] = broker.Host,
            ["RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = broker.VirtualHost,
            ["RabbitMq:Username"] = broker.Username,
            ["RabbitMq:Password"] = broker.Password,
        });
        builder.Logging.AddProvider(new TestOutputLoggerProvider(output));
        builder.AddServiceDefaults(serviceName);
        builder.AddMessaging(_ => { });
        // Start returns once the queues are bound: a message published before that would be dropped.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder.Build();
    }
}
