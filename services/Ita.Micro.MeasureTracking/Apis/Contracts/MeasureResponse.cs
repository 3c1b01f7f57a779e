using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// A measure as the API shows it. Indicator and IndicatorName repeat the first (main) indicator for clients written
/// when a measure had only one.
/// </summary>
public sealed record MeasureResponse(
    Guid Id,
    int Order,
    string Title,
    int Indicator,
    string IndicatorName,
    IReadOnlyList<IndicatorRef> Indicators,
    IReadOnlyList<string> ItemConcepts,
    string Finding,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> ResponsibleUnits,
    string Period,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string FollowUp,
    string Target,
    MeasureStatus Status,
    bool Overdue,
    string? ProposalKey,
    bool EditedByOfficer,
    int Version
)
{
    public static MeasureResponse From(Measure m, DateOnly today) =>
        new(
            m.Id,
            m.Order,
            m.Title,
            m.Indicators.FirstOrDefault()?.Number ?? 0,
            m.Indicators.FirstOrDefault()?.Name ?? "",
            m.Indicators,
            m.ItemConcepts,
            m.Finding,
            m.Steps,
            m.ResponsibleUnits,
            m.Period,
            m.PeriodStart,
            m.PeriodEnd,
            m.FollowUp,
            m.Target,
            m.Status,
            Services.OverdueRule.IsOverdue(m.PeriodEnd, m.Status, today),
            m.ProposalKey,
            m.EditedByOfficer,
            m.Version
        );
}
