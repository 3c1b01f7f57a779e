using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>A measure (มาตรการ) of a plan.</summary>
public sealed class Measure
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public List<IndicatorRef> Indicators { get; set; } = [];
    public List<string> ItemConcepts { get; set; } = [];
    public required string Finding { get; set; }
    public List<string> Steps { get; set; } = [];
    public List<string> ResponsibleUnits { get; set; } = [];
    public required string Period { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string FollowUp { get; set; } = "";
    public string Target { get; set; } = "";

    /// <summary>The system proposal it started as (catalogue id or "indicator-N"); null when officers added it.</summary>
    public string? ProposalKey { get; set; }

    /// <summary>An officer changed it: a newer analysis revision leaves it alone.</summary>
    public bool EditedByOfficer { get; set; }

    /// <summary>The status of its latest progress update (by date); NotStarted without any.</summary>
    public MeasureStatus Status { get; set; }

    public int Version { get; set; } = 1;
    public List<ProgressUpdate> Progress { get; set; } = [];
}
