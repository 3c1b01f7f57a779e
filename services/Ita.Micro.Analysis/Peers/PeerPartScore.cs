namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// One tool's or one item's score of the organisation-year a <see cref="PeerScore"/> counts, in hundredths of a point:
/// held so that a newer revision or a move to another province can take the organisation's contribution out of the
/// <see cref="PeerPartAggregate"/> sums the dashboards read. A row per part because the tools and items are the
/// year's code book's data, not ours.
/// </summary>
public sealed class PeerPartScore
{
    public int FiscalYear { get; set; }
    public required string OrganisationCode { get; set; }

    /// <summary><see cref="Tool"/> or <see cref="Item"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The tool's code (IIT, EIT, OIT) or the item's (i1, e5, O23).</summary>
    public required string Code { get; set; }

    /// <summary>The item's indicator; 0 for a tool.</summary>
    public int Indicator { get; set; }
    public int Score { get; set; }

    public const string Tool = "tool";
    public const string Item = "item";
}
