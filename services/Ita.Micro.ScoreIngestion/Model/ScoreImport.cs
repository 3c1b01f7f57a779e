namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>One import: what was sent, when, by whom, and what became of each row.</summary>
public sealed class ScoreImport
{
    public Guid Id { get; set; }
    public required string Source { get; set; }
    public required string Channel { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public int RowsRead { get; set; }
    /// <summary>Rows that made a new revision.</summary>
    public int Recorded { get; set; }
    /// <summary>Rows whose scores equal the latest revision held: nothing new was recorded or published.</summary>
    public int Unchanged { get; set; }
}
