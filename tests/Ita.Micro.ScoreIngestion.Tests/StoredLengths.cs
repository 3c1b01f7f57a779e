using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>What the service stored against the lengths its model declares for each text column.</summary>
internal static class StoredLengths
{
    /// <summary>
    /// Every text column whose model declares a length and holds a longer value: SQLite keeps such a value,
    /// SQL Server (the other provider the service runs on) refuses the whole transaction.
    /// </summary>
    public static Task<List<string>> OverflowingAsync(ScoreIngestionApp app) =>
        app.QueryAsync(async db =>
        {
            var found = new List<string>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var entity in db.Model.GetEntityTypes())
            {
                if (entity.GetTableName() is not { } table)
                    continue;
                foreach (var property in entity.GetProperties())
                {
                    if (property.ClrType != typeof(string) || property.GetMaxLength() is not { } max)
                        continue;
                    var column = property.GetColumnName();
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT MAX(LENGTH(\"{column}\")) FROM \"{table}\"";
                    if (await command.ExecuteScalarAsync() is long longest && longest > max)
                        found.Add($"{table}.{column} holds {longest} characters; the column takes {max}");
                }
            }
            return found;
        });
}
