using Ita.Micro.Portal.Gateway.Models;
using Microsoft.Extensions.Localization;

namespace Ita.Micro.Portal.Export;

/// <summary>
/// An import's problems as a downloaded table: the same columns for a score import (read back from the API) and a
/// registry upload (answered at once, so written from the answer in the page).
/// </summary>
public static class ProblemColumns
{
    public static IReadOnlyList<string> Headings(IStringLocalizer<Text> t) =>
        [t["Row"], t["Column"], t["OrganisationCode"], t["Severity"], t["Message"]];

    public static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(
        IEnumerable<ImportIssue> issues,
        IStringLocalizer<Text> t
    )
    {
        foreach (var issue in issues)
            yield return
            [
                issue.Row,
                issue.Column,
                issue.OrganisationCode,
                t["Severity" + issue.Severity].Value,
                issue.Message,
            ];
        await Task.CompletedTask;
    }

    /// <summary>The problems as a CSV file in a data: address, for a download link with nothing kept on the server.</summary>
    public static async Task<string> DataUrlAsync(
        IEnumerable<ImportIssue> issues,
        IStringLocalizer<Text> t,
        CancellationToken cancellationToken
    )
    {
        using var csv = new MemoryStream();
        await CsvExport.WriteAsync(csv, Headings(t), Rows(issues, t), cancellationToken);
        return "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(csv.ToArray());
    }
}
