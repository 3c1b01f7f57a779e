namespace Ita.Micro.MeasureTracking.Model;

/// <summary>What the checks of an evidence link say so far.</summary>
public enum LinkState
{
    /// <summary>Not checked yet.</summary>
    Unchecked = 0,

    /// <summary>The last check read the page.</summary>
    Ok = 1,

    /// <summary>The last check failed, not yet often enough to call it broken (a server may be down for a minute).</summary>
    Failing = 2,

    /// <summary>Failed the configured number of checks in a row: <c>EvidenceLinkBroken</c> was raised.</summary>
    Broken = 3,
}
