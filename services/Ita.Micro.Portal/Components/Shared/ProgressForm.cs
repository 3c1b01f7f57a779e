using Ita.Micro.Contracts;
using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Components.Shared;

/// <summary>A progress update as the officer is typing it, with as many evidence links as needed.</summary>
public sealed class ProgressForm
{
    public Guid MeasureId { get; set; }
    public DateOnly ReportedOn { get; set; } = Display.Today();
    public string Status { get; set; } = "InProgress";
    public string Output { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string DroppedReason { get; set; } = "";
    public List<EvidenceForm> Evidence { get; set; } = [new()];

    public ProgressBody ToBody() =>
        new(
            ReportedOn,
            Status,
            Output.Trim(),
            Outcome.Trim(),
            Status == "Dropped" ? DroppedReason.Trim() : null,
            [
                .. Evidence
                    .Where(e => !string.IsNullOrWhiteSpace(e.Url))
                    .Select(e => new EvidenceLink
                    {
                        Url = e.Url.Trim(),
                        Title = string.IsNullOrWhiteSpace(e.Title) ? e.Url.Trim() : e.Title.Trim(),
                    }),
            ]
        );
}
