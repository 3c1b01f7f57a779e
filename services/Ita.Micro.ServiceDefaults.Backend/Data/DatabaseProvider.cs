namespace Ita.Micro.ServiceDefaults.Data;

/// <summary>The database providers a service can run on; each has its own migrations folder.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
