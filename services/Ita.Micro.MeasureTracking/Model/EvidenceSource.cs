namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Where a registered evidence link came from.</summary>
public enum EvidenceSource
{
    /// <summary>Registered by an officer for an OIT item.</summary>
    Registered = 0,

    /// <summary>Taken from a progress update of a measure that names the item's concept; follows the update.</summary>
    Progress = 1,
}
