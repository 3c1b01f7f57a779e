namespace Ita.Micro.Contracts;

/// <summary>
/// Command: render (or re-render) a document from the data document rendering holds for an organisation-year.
/// </summary>
public sealed record RenderDocument : IPrioritisedMessage
{
    public required Guid DocumentId { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string OrganisationCode { get; init; }
    public required int FiscalYear { get; init; }
    public required DateTime RequestedAtUtc { get; init; }

    /// <summary>Absent in messages sent before priorities existed: those are routine.</summary>
    public RenderPriority Priority { get; init; }

    byte IPrioritisedMessage.BrokerPriority => (byte)Priority;
}
