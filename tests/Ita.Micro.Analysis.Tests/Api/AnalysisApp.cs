using Ita.Micro.Analysis.Infrastructure;

namespace Ita.Micro.Analysis.Tests.Api;

/// <summary>The analysis service in-process on a fresh SQLite folder and the real broker.</summary>
public sealed class AnalysisApp(RabbitMqBroker broker) : ServiceApp<Program, AnalysisDbContext>(broker, "analysis")
{
    /// <summary>Writes to the service's database through its own registration.</summary>
    public Task WriteAsync(Func<AnalysisDbContext, Task> write) =>
        QueryAsync(async db =>
        {
            await write(db);
            return true;
        });
}
