namespace Ita.Micro.Contracts;

/// <summary>A score against the previous fiscal year's.</summary>
public sealed record ScoreChange
{
    /// <summary>
    /// What is compared: a tool code ("IIT"), an indicator number ("4") or an item's concept key
    /// ("iit-asset-borrow-proper"). Items are keyed by concept because their codes are renumbered between years.
    /// </summary>
    public required string Key { get; init; }
    public required decimal Previous { get; init; }
    public required decimal Current { get; init; }

    /// <summary>Current minus previous; negative is a fall.</summary>
    public required decimal Change { get; init; }
}
