namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>Where an import is. Stored by name.</summary>
public enum ImportStatus
{
    /// <summary>Stored and waiting for the worker.</summary>
    Queued,
    Running,

    /// <summary>Every row was read; some may have been rejected (see the issues).</summary>
    Completed,

    /// <summary>The file as a whole could not be read (empty, wrong encoding, not a spreadsheet …).</summary>
    Failed,
}
