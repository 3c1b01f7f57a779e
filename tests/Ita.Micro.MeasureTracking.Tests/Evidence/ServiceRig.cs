using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>
/// Measure tracking's evidence and reminder services on a migrated SQLite file, without a host or a bus: what they
/// publish stays in the outbox table, where the tests read it. A new rig on the same database is a restart.
/// </summary>
public sealed class ServiceRig : IAsyncDisposable
{
    private ServiceRig(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static TestDatabase<MeasureTrackingDbContext> NewDatabase() =>
        TestDatabase<MeasureTrackingDbContext>.Sqlite(o => new MeasureTrackingDbContext(o));

    public static ServiceRig Start(
        TestDatabase<MeasureTrackingDbContext> database,
        TimeProvider time,
        Action<EvidenceOptions>? evidence = null,
        int[]? offsets = null
    )
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddScoped(_ => database.Open());
        services.AddOptions<MeasureTrackingOptions>();
        services.AddOptions<ReminderOptions>().Configure(o => o.OffsetsDays = offsets ?? [30, 7, 1]);
        services
            .AddOptions<EvidenceOptions>()
            .Configure(o =>
            {
                o.AllowLoopbackForTests = true;
                o.RetryDelay = TimeSpan.FromMilliseconds(10);
                o.MaxRetries = 0;
                o.BrokenAfterFailures = 2;
                evidence?.Invoke(o);
            });
        services.AddEvidenceLinkChecker();
        services.AddSingleton<EvidenceCheckRunner>();
        services.AddSingleton<ReminderRunner>();
        return new ServiceRig(services.BuildServiceProvider());
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<T> QueryAsync<T>(Func<MeasureTrackingDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>());
    }

    public Task SaveAsync(params object[] entities) =>
        QueryAsync(async db =>
        {
            db.AddRange(entities);
            return await db.SaveChangesAsync();
        });

    /// <summary>The messages of a type queued in the outbox, oldest first.</summary>
    public Task<List<T>> PublishedAsync<T>() =>
        QueryAsync(async db =>
            (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync())
                .Where(m => m.MessageType.StartsWith(typeof(T).FullName + ",", StringComparison.Ordinal))
                .Select(m => JsonSerializer.Deserialize<T>(m.Body, ContractJson.Options)!)
                .ToList()
        );

    /// <summary>Waits (10 s at most) until a background service has done what the test waits for: an outcome, never a pause.</summary>
    public static Task UntilAsync(Func<Task<bool>> done, string what) =>
        // Generous: the whole test suite shares the machine's two cores.
        Eventually.HoldsAsync(done, TimeSpan.FromSeconds(30), what, TimeSpan.FromMilliseconds(20));

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();

    public static ImprovementPlan Plan(
        int planFiscalYear,
        PlanStatus status,
        string code = "6630801",
        string province = "ตาก"
    ) =>
        new()
        {
            Id = Guid.NewGuid(),
            OrganisationCode = code,
            OrganisationName = "เทศบาลตำบลแม่จัน",
            Province = province,
            AssessedFiscalYear = planFiscalYear - 1,
            PlanFiscalYear = planFiscalYear,
            Status = status,
            DraftedAtUtc = DateTime.UtcNow,
        };

    public static Measure Measure(
        ImprovementPlan plan,
        DateOnly periodEnd,
        MeasureStatus status = MeasureStatus.InProgress,
        string title = "เผยแพร่คู่มือการยืมทรัพย์สิน"
    )
    {
        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            PlanId = plan.Id,
            Title = title,
            Finding = "i10 ได้ 45.92",
            Period = "ไตรมาส ๑–๒",
            PeriodStart = ThaiFiscalYear.Start(plan.PlanFiscalYear),
            PeriodEnd = periodEnd,
            Status = status,
        };
        plan.Measures.Add(measure);
        return measure;
    }
}
