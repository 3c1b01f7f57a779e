namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>How an import's rows treat the revision already held for an organisation-year. Stored by name.</summary>
public enum ImportMode
{
    /// <summary>The default: a row may change scores or add missing ones, but one that leaves out a score the current
    /// revision has is rejected, naming the field, so a partial row never silently replaces a complete result.</summary>
    Update,

    /// <summary>Asked for explicitly (<c>mode=replace</c>): each row replaces the result as given, even with fewer scores.</summary>
    Replace,
}
