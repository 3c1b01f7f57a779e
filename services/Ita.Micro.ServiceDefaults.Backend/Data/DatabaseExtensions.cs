using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    private const int MinimumWorkerThreads = 64;

    /// <summary>
    /// The service's own database: SQLite by default (one file per service under Database:DataDirectory), SQL Server
    /// with Database__Provider=SqlServer and ConnectionStrings__{service}. Migrations are applied at start-up, and
    /// the transactional outbox of the context is dispatched in the background.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext, IOutboxDbContext
    {
        var serviceName = builder.GetServiceIdentity().Name;
        // Microsoft.Data.Sqlite's async calls run synchronously: a consumer waiting out another writer's lock holds a
        // pool thread for up to the busy timeout. A floor of threads keeps /health and the API answering meanwhile
        // instead of waiting for the pool to grow a thread or two a second (seen as a 10 s health probe timing out).
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumWorkerThreads), completionPorts);

        builder
            .Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o =>
                    o.Provider != DatabaseProvider.SqlServer
                    || !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(serviceName)),
                $"Database:Provider is SqlServer but ConnectionStrings:{serviceName} is not set (ConnectionStrings__{serviceName})."
            )
            .ValidateOnStart();

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddDbContext<TContext>(
            (services, options) =>
            {
                var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                options.UseServiceDatabase(
                    database,
                    builder.Configuration.GetConnectionString(serviceName),
                    serviceName
                );
                options.AddInterceptors(new OutboxSaveChangesInterceptor(services.GetRequiredService<OutboxSignal>()));
            }
        );

        // Registered before the dispatcher: hosted services start in order, so the schema exists before it polls.
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder
            .Services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Points the options at the chosen provider, with that provider's migrations only.</summary>
    public static DbContextOptionsBuilder UseServiceDatabase(
        this DbContextOptionsBuilder options,
        DatabaseOptions database,
        string? connectionString,
        string serviceName
    )
    {
        if (database.Provider == DatabaseProvider.SqlServer)
        {
            options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());
        }
        else
        {
            Directory.CreateDirectory(database.DataDirectory);
            var file = Path.GetFullPath(Path.Combine(database.DataDirectory, $"{serviceName}.db"));
            // A busy timeout lets concurrent consumers wait for the single SQLite writer instead of failing.
            options.UseSqlite(connectionString ?? $"Data Source={file};Default Timeout=30");
        }
        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        return options;
    }
}
