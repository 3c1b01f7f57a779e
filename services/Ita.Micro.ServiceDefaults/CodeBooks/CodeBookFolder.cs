using Ita.Micro.ServiceDefaults.Data;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// Where a service keeps the code books loaded at run time: {Database:DataDirectory}/codebooks, one file per
/// version (ita-YYYY-vN.json), beside its SQLite file, so the corrections outlive a restart.
/// </summary>
public static class CodeBookFolder
{
    public const string Name = "codebooks";

    public static string Of(DatabaseOptions options) => Path.GetFullPath(Path.Combine(options.DataDirectory, Name));

    public static string FileName(int fiscalYear, int version) => $"ita-{fiscalYear}-v{version}.json";
}
