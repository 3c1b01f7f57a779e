namespace Ita.Micro.ScoreIngestion.Model;

public sealed record ImportResponse(
    Guid Id, string Source, string Channel, DateTime ReceivedAtUtc, int RowsRead, int Recorded, int Unchanged)
{
    public static ImportResponse From(ScoreImport import) => new(import.Id, import.Source, import.Channel,
        import.ReceivedAtUtc, import.RowsRead, import.Recorded, import.Unchanged);
}
