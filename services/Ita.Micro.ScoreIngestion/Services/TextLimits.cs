using System.Diagnostics.CodeAnalysis;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// The lengths of the text columns that hold what a sender wrote (Infrastructure/EntityConfigurations), and
/// shortening to them: SQL Server refuses a longer value, and with it the whole transaction; SQLite keeps it.
/// </summary>
public static class TextLimits
{
    public const int Source = 200;
    public const int FileName = 260;
    public const int IssueColumn = 100;
    public const int IssueOrganisationCode = 20;
    public const int IssueMessage = 1000;
    public const int FailureMessage = 2000;

    /// <summary><paramref name="text"/>, or its start and "…" when it is longer than <paramref name="max"/>.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clip(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>A file name within its column, keeping its extension.</summary>
    [return: NotNullIfNotNull(nameof(name))]
    public static string? ClipFileName(string? name)
    {
        if (name is null || name.Length <= FileName)
            return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 10)
            extension = "";
        return string.Concat(name.AsSpan(0, FileName - 1 - extension.Length), "…", extension);
    }
}
