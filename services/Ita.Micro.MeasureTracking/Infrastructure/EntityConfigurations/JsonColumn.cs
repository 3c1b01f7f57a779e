using System.Text.Json;
using Ita.Micro.Contracts;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

/// <summary>
/// Lists kept as one JSON text column: they are always read and written with their owner, never queried apart,
/// and the same text works on SQLite and SQL Server.
/// </summary>
internal static class JsonColumn
{
    public static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property)
    {
        var comparer = new ValueComparer<List<T>>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => Deserialize<T>(Serialize(v))
        );
        property.HasConversion(v => Serialize(v), v => Deserialize<T>(v), comparer);
        return property;
    }

    private static string Serialize<T>(List<T>? value) => JsonSerializer.Serialize(value ?? [], ContractJson.Options);

    private static List<T> Deserialize<T>(string text) =>
        JsonSerializer.Deserialize<List<T>>(text, ContractJson.Options) ?? [];
}
