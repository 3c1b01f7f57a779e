namespace Ita.Micro.Portal.Components.Shared;

/// <summary>The evidence page's form for a new link; measure tracking validates it and names the field at fault.</summary>
public sealed class EvidenceLinkForm
{
    public string ItemCode { get; set; } = "";
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly? PublishedOn { get; set; }
}
