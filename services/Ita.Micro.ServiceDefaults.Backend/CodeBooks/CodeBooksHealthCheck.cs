using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// Which code books published at run time this replica uses, in /health: after a correction, asking each replica
/// shows whether every one took it. Always healthy: a replica without a correction still rates with the book it has.
/// </summary>
public sealed class CodeBooksHealthCheck(CodeBookShelf shelf) : IHealthCheck
{
    public const string Name = "code-books";

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        var taken = shelf.Taken.OrderBy(t => t.Key).ToList();
        var data = taken.ToDictionary(
            t => t.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            t =>
                (object)
                    new Dictionary<string, object>
                    {
                        ["version"] = t.Value.Version,
                        ["from"] = t.Value.From,
                        ["atUtc"] = t.Value.AtUtc,
                    }
        );
        var description =
            taken.Count == 0
                ? "Shipped code books only."
                : "Published at run time and in use: "
                    + string.Join(", ", taken.Select(t => $"{t.Key} v{t.Value.Version}"));
        return Task.FromResult(HealthCheckResult.Healthy(description, data));
    }
}
