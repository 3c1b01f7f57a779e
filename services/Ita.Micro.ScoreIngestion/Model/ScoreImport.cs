namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>One import: the file as received (kept on disk), its progress and what became of its rows.</summary>
public sealed class ScoreImport
{
    public Guid Id { get; set; }
    public required string Source { get; set; }

    /// <summary>
    /// Who submitted it: the signed-in user's id over HTTP, the sending integration's name over the broker; null for
    /// imports received before it was recorded.
    /// </summary>
    public string? SubmittedBy { get; set; }

    /// <summary>http or broker.</summary>
    public required string Channel { get; set; }
    public required string Format { get; set; }
    public string? FileName { get; set; }

    /// <summary>The raw file as received, below the imports folder: nothing sent is lost.</summary>
    public required string StoredFile { get; set; }
    public long SizeBytes { get; set; }
    public ImportStatus Status { get; set; }

    /// <summary>Whether rows may replace a held result with fewer scores (asked for explicitly, kept with the import).</summary>
    public ImportMode Mode { get; set; }

    /// <summary>Answer with <see cref="Ita.Micro.Contracts.ScoreImportCompleted"/> when done (imports sent over the broker).</summary>
    public bool ReplyWhenDone { get; set; }
    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>Last progress written by the worker; an import Running without progress for long is taken over.</summary>
    public DateTime? HeartbeatAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public int RowsRead { get; set; }

    /// <summary>Rows that made a new revision.</summary>
    public int Recorded { get; set; }

    /// <summary>Rows whose scores equal the latest revision held: nothing new was recorded or published.</summary>
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    public int Warnings { get; set; }
    public string? FailureMessage { get; set; }

    /// <summary>W3C traceparent of the request or message that brought the file, so its processing joins that trace.</summary>
    public string? TraceParent { get; set; }
}
