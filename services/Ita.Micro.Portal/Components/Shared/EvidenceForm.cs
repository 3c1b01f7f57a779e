namespace Ita.Micro.Portal.Components.Shared;

public sealed class EvidenceForm
{
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
}
