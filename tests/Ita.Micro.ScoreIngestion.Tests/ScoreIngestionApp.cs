using Ita.Micro.ScoreIngestion.Infrastructure;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>score-ingestion in-process on a fresh SQLite folder and the real broker.</summary>
public sealed class ScoreIngestionApp(RabbitMqBroker broker)
    : ServiceApp<Program, IngestionDbContext>(broker, "score-ingestion");
