namespace Ita.Micro.MeasureTracking.Model;

/// <summary>What a measure targets: an indicator by number or an item by concept key.</summary>
public enum TargetKind
{
    Indicator,
    Item,
}
