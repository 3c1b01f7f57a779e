using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.CodeBooks;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary>
/// A code book published at run time reaches a service, is used at once and is still used after a restart. Each test
/// has its own <see cref="CodeBookStore"/>, as each service has; the years above 2600 are years no book ships for.
/// </summary>
public sealed class CodeBookDistributionTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(CodeBookJson.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly CodeBook Shipped2569 = new CodeBookStore().FindShipped(2569)!;

    private readonly CodeBookStore _books = new();

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("ita-codebooks-").FullName;

    private string Folder => Path.Combine(_dataDirectory, CodeBookFolder.Name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        { /* a leftover temp folder is harmless */
        }
    }

    private static CodeBook Book(int year, int version, decimal passMark = 85) =>
        Shipped2569 with
        {
            FiscalYear = year,
            Version = version,
            PassMark = passMark,
        };

    private static CodeBookPublished Published(CodeBook book, string? json = null) =>
        new()
        {
            FiscalYear = book.FiscalYear,
            Version = book.Version,
            Json = json ?? JsonSerializer.Serialize(book, Json),
            PublishedBy = "admin",
            PublishedAtUtc = DateTime.UtcNow,
        };

    private async Task<ServiceProvider> StartHarnessAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new DatabaseOptions { DataDirectory = _dataDirectory }));
        services.AddSingleton(_books).AddSingleton<ICodeBooks>(_books).AddSingleton<CodeBookShelf>();
        services.AddMassTransitTestHarness(bus => bus.AddConsumer<CodeBookPublishedConsumer>());
        var provider = services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }
        );
        await provider.GetRequiredService<ITestHarness>().Start();
        return provider;
    }

    /// <summary>Publishes the messages one after another, each consumed before the next is sent.</summary>
    private async Task DeliverAsync(params CodeBookPublished[] messages)
    {
        await using var provider = await StartHarnessAsync();
        var harness = provider.GetRequiredService<ITestHarness>();
        var consumer = harness.GetConsumerHarness<CodeBookPublishedConsumer>();
        for (var i = 0; i < messages.Length; i++)
        {
            await harness.Bus.Publish(messages[i]);
            var expected = i + 1;
            await Eventually.HoldsAsync(
                () => consumer.Consumed.Select<CodeBookPublished>().Count() >= expected,
                TimeSpan.FromSeconds(10),
                $"delivery {expected}"
            );
        }
        // Nothing here may fault: a bad book is logged and dropped, not retried into the _error queue.
        Assert.False(await harness.Published.Any<Fault<CodeBookPublished>>());
    }

    [Fact]
    public async Task A_published_book_is_saved_under_the_data_directory_and_used_at_once()
    {
        const int year = 2602;
        var book = Book(year, 2, passMark: 80);
        var message = Published(book);

        await DeliverAsync(message);

        var file = Path.Combine(Folder, "ita-2602-v2.json");
        Assert.True(File.Exists(file), $"{file} was not written");
        Assert.Equal(message.Json, await File.ReadAllTextAsync(file));
        Assert.Empty(Directory.GetFiles(Folder, "*.tmp"));
        var inUse = _books.Find(year);
        Assert.NotNull(inUse);
        Assert.Equal((2, 80m), (inUse.Version, inUse.PassMark));
        Assert.Contains(year, _books.Years);
    }

    [Fact]
    public async Task A_book_that_cannot_be_read_or_is_not_valid_is_ignored_without_a_fault()
    {
        const int year = 2604;
        var invalid = Book(year, 2) with { Tools = [] };

        await DeliverAsync(
            Published(Book(year, 1), json: "{ not json"),
            Published(invalid),
            Published(Book(year, 3), json: JsonSerializer.Serialize(Book(year, 4), Json))
        ); // says v3, holds v4

        Assert.False(
            Directory.Exists(Folder) && Directory.EnumerateFiles(Folder).Any(),
            "nothing should have been saved"
        );
        Assert.Null(_books.Find(year));
    }

    [Fact]
    public async Task A_late_message_with_an_older_version_changes_nothing()
    {
        const int year = 2605;

        await DeliverAsync(Published(Book(year, 3, passMark: 85)), Published(Book(year, 2, passMark: 70)));

        Assert.Equal(["ita-2605-v3.json"], Directory.GetFiles(Folder).Select(Path.GetFileName));
        Assert.Equal((3, 85m), (_books.Find(year)!.Version, _books.Find(year)!.PassMark));
    }

    [Fact]
    public async Task The_version_already_in_use_is_still_saved_so_the_publishing_service_keeps_it_after_a_restart()
    {
        const int year = 2606;
        var book = Book(year, 2);
        new CodeBookShelf(_books).UsePublishedHere(book); // as the publishing service's API does right after its commit

        await DeliverAsync(Published(book));

        Assert.True(File.Exists(Path.Combine(Folder, "ita-2606-v2.json")));
    }

    [Fact]
    public async Task At_start_the_loader_puts_back_in_use_the_highest_saved_version_of_each_year()
    {
        const int year = 2603;
        Directory.CreateDirectory(Folder);
        await File.WriteAllTextAsync(
            Path.Combine(Folder, "ita-2603-v2.json"),
            JsonSerializer.Serialize(Book(year, 2, passMark: 80), Json)
        );
        await File.WriteAllTextAsync(
            Path.Combine(Folder, "ita-2603-v1.json"),
            JsonSerializer.Serialize(Book(year, 1), Json)
        );
        // What a crash or a hand edit can leave: none of it may stop the service or win over v2.
        await File.WriteAllTextAsync(Path.Combine(Folder, "ita-2603-v9.json"), "{ half a file");
        await File.WriteAllTextAsync(
            Path.Combine(Folder, "ita-2603-v8.json"),
            JsonSerializer.Serialize(Book(year, 8) with { Tools = [] }, Json)
        );
        await File.WriteAllTextAsync(
            Path.Combine(Folder, "ita-2603-v7.json.0123abcd.tmp"),
            JsonSerializer.Serialize(Book(year, 7), Json)
        );
        Assert.Null(_books.Find(year));

        using var loader = Loader(new CodeBookShelf(_books));
        await loader.StartAsync(CancellationToken.None);
        await loader.StopAsync(CancellationToken.None);

        var inUse = _books.Find(year);
        Assert.NotNull(inUse);
        Assert.Equal((2, 80m), (inUse.Version, inUse.PassMark));
    }

    [Fact]
    public async Task The_loader_starts_without_a_folder_when_nothing_was_ever_published()
    {
        using var loader = Loader(new CodeBookShelf(_books));

        await loader.StartAsync(CancellationToken.None);
        await loader.StopAsync(CancellationToken.None);

        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public async Task The_loader_looks_again_and_takes_a_book_another_replica_saved_after_its_start()
    {
        const int year = 2609;
        var shelf = new CodeBookShelf(_books);
        using var loader = Loader(shelf, rescanInterval: TimeSpan.FromSeconds(1));
        await loader.StartAsync(CancellationToken.None);
        Assert.Null(shelf.VersionOf(year));

        // What another replica's consumer does on the shared folder while this one runs without the message.
        var book = Book(year, 3, passMark: 75);
        await CodeBookFolder.SaveAsync(
            new DatabaseOptions { DataDirectory = _dataDirectory },
            book,
            JsonSerializer.Serialize(book, Json),
            CancellationToken.None
        );

        await Eventually.HoldsAsync(
            () => shelf.VersionOf(year) == 3,
            TimeSpan.FromSeconds(10),
            "the loader's next look"
        );
        await loader.StopAsync(CancellationToken.None);
        Assert.Equal(CodeBookShelf.FromFolder, shelf.Taken[year].From);
        Assert.Equal((3, 75m), (_books.Find(year)!.Version, _books.Find(year)!.PassMark));
    }

    [Fact]
    public async Task Replicas_saving_the_same_book_at_once_on_a_shared_folder_leave_one_whole_file()
    {
        var book = Book(2610, 2);
        var json = JsonSerializer.Serialize(book, Json);
        var options = new DatabaseOptions { DataDirectory = _dataDirectory };

        await Task.WhenAll(
            Enumerable
                .Range(0, 16)
                .Select(_ => Task.Run(() => CodeBookFolder.SaveAsync(options, book, json, CancellationToken.None)))
        );

        Assert.Equal(["ita-2610-v2.json"], Directory.GetFiles(Folder).Select(Path.GetFileName));
        Assert.Equal(json, await File.ReadAllTextAsync(Path.Combine(Folder, "ita-2610-v2.json")));
    }

    private CodeBookLoader Loader(CodeBookShelf shelf, TimeSpan? rescanInterval = null) =>
        new(
            Options.Create(new DatabaseOptions { DataDirectory = _dataDirectory }),
            Options.Create(new CodeBookOptions { RescanInterval = rescanInterval ?? TimeSpan.FromMinutes(10) }),
            shelf,
            _books,
            NullLogger<CodeBookLoader>.Instance
        );

    [Fact]
    public void Every_service_that_adds_messaging_gets_the_consumer_and_the_loader_before_the_bus_starts()
    {
        // No AddServiceDatabase, as a service without a database would: the folder still comes from its configuration.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddServiceDefaults("widgets");
        builder.AddMessaging(_ => { });

        var hosted = builder
            .Services.Where(d => d.ServiceType == typeof(IHostedService))
            .Select(d => d.ImplementationType?.Name ?? d.ImplementationFactory?.Method.ReturnType.Name)
            .ToList();
        var loader = hosted.IndexOf(nameof(CodeBookLoader));
        var bus = hosted.FindIndex(name => name?.StartsWith("MassTransit", StringComparison.Ordinal) == true);
        Assert.True(
            loader >= 0,
            $"{nameof(CodeBookLoader)} is not registered; hosted services: {string.Join(", ", hosted)}"
        );
        Assert.True(
            bus >= 0,
            $"MassTransit's hosted service is not registered; hosted services: {string.Join(", ", hosted)}"
        );
        Assert.True(
            loader < bus,
            $"{nameof(CodeBookLoader)} must start before the bus; hosted services: {string.Join(", ", hosted)}"
        );
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(CodeBookPublishedConsumer));

        using var provider = builder.Services.BuildServiceProvider();
        // One store for the process: what the shelf writes is what every reader reads.
        Assert.Same(provider.GetRequiredService<CodeBookStore>(), provider.GetRequiredService<ICodeBooks>());
        Assert.Equal(
            Path.GetFullPath(Path.Combine("data", CodeBookFolder.Name)),
            CodeBookFolder.Of(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value)
        );
    }
}
