using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.ServiceDefaults.Data;

/// <summary>Section "Database": Database__Provider (Sqlite or SqlServer) and Database__DataDirectory.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [RegularExpression("^(Sqlite|SqlServer)$", ErrorMessage = "Database:Provider must be Sqlite or SqlServer.")]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file ({service}.db) and other files of the service are kept.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}
