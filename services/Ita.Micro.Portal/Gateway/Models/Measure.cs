using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

public sealed record Measure(
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
    string Status,
    bool Overdue,
    bool EditedByOfficer,
    int Version
);
