namespace Ita.Micro.Analysis.Peers;

/// <summary>The groups an organisation is compared within, as stored in <see cref="PeerAggregate.Scope"/>.</summary>
public static class PeerScope
{
    /// <summary>All organisations; its <see cref="PeerAggregate.ScopeKey"/> is empty.</summary>
    public const string National = "national";

    /// <summary>Keyed by province name.</summary>
    public const string Province = "province";

    /// <summary>Keyed by organisation type (อบจ., เทศบาลนคร, …).</summary>
    public const string Type = "type";
}
