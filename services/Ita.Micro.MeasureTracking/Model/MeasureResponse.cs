namespace Ita.Micro.MeasureTracking.Model;

public sealed record MeasureResponse(
    Guid Id, int Order, string Title, int Indicator, string IndicatorName, string Finding, string ResponsibleUnit, string Period)
{
    public static MeasureResponse From(Measure m) =>
        new(m.Id, m.Order, m.Title, m.Indicator, m.IndicatorName, m.Finding, m.ResponsibleUnit, m.Period);
}
