namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>
/// A code book loaded through the API: the audit of who changed a year's framework, when and why, and the book as
/// it was published (versions are never updated or deleted).
/// </summary>
public sealed class CodeBookVersion
{
    public Guid Id { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>Above every earlier version of the year, shipped or loaded; also written into <see cref="Json"/>.</summary>
    public int Version { get; set; }

    /// <summary>The code book as published in <see cref="Ita.Micro.Contracts.CodeBookPublished"/>.</summary>
    public required string Json { get; set; }

    /// <summary>SHA-256 (hex) of the content without its version: the same book loaded again makes no new version.</summary>
    public required string Hash { get; set; }

    /// <summary>Who published it: the token's subject (<c>CurrentUser.Id</c>).</summary>
    public required string PublishedBy { get; set; }
    public DateTime PublishedAtUtc { get; set; }

    /// <summary>Why it was loaded, in the administrator's words.</summary>
    public string? Note { get; set; }
}
