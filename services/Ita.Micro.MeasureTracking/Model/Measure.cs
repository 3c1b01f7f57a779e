namespace Ita.Micro.MeasureTracking.Model;

/// <summary>A measure (มาตรการ) of a plan.</summary>
public sealed class Measure
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public int Indicator { get; set; }
    public required string IndicatorName { get; set; }
    public required string Finding { get; set; }
    public required string ResponsibleUnit { get; set; }
    public required string Period { get; set; }
}
