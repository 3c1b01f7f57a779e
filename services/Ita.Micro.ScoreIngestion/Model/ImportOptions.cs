using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>Section "Imports".</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";

    /// <summary>The largest file accepted (a national XLSX with items is ~15 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>The largest JSON body sent directly (not as a file); larger imports go as files.</summary>
    [Range(1, int.MaxValue)]
    public int MaxJsonBodyBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Rows written per transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>An import Running with no progress for this long is taken over (its worker died).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Hosts from which <c>SubmitScoreImport.FileUrl</c> may be fetched; none by default.</summary>
    public string[] AllowedFileHosts { get; set; } = [];
}
