using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Data;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// Where a service keeps the code books loaded at run time: {Database:DataDirectory}/codebooks, one file per
/// version (ita-YYYY-vN.json), beside its SQLite file, so the corrections outlive a restart. Every replica of a
/// service shares the folder (a ReadWriteMany claim in k8s, the service's volume in compose: docs/operations.md), and
/// each writes the books it receives there: the same bytes for the same version, so whichever writes last changes nothing.
/// </summary>
public static partial class CodeBookFolder
{
    public const string Name = "codebooks";

    public static string Of(DatabaseOptions options) => Path.GetFullPath(Path.Combine(options.DataDirectory, Name));

    public static string FileName(int fiscalYear, int version) => $"ita-{fiscalYear}-v{version}.json";

    /// <summary>
    /// The year and version a file's name says, or null when it is not a book's name: a *.tmp left by a crash in the
    /// middle of <see cref="SaveAsync"/>, or anything else put in the folder.
    /// </summary>
    public static (int FiscalYear, int Version)? YearAndVersionOf(string path) =>
        BookName().Match(Path.GetFileName(path)) is { Success: true } m
        && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && int.TryParse(m.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (year, version)
            : null;

    /// <summary>
    /// Writes the JSON as published to a temporary file and then moves it into place (a rename, atomic on a local disk
    /// and on NFS), so no reader — this replica after a crash, or another replica on the same claim — ever reads a
    /// half-written book. The temporary name is unique, so replicas writing the same book at once cannot mix their bytes.
    /// </summary>
    public static async Task<string> SaveAsync(
        DatabaseOptions options,
        CodeBook book,
        string json,
        CancellationToken cancellationToken
    )
    {
        var folder = Of(options);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(book.FiscalYear, book.Version));
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(
                temporary,
                json,
                new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                cancellationToken
            );
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
        return path;
    }

    [GeneratedRegex(@"^ita-(\d{4})-v(\d{1,9})\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex BookName();
}
