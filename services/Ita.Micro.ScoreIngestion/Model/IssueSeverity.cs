namespace Ita.Micro.ScoreIngestion.Model;

public enum IssueSeverity
{
    /// <summary>The row was rejected.</summary>
    Error,

    /// <summary>The row was accepted; something in it deserves a look (e.g. a published total that differs from the computed one).</summary>
    Warning,
}
