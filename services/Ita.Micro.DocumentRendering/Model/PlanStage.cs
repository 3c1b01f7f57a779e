namespace Ita.Micro.DocumentRendering.Model;

/// <summary>How far an organisation's improvement plan has come, as the plan events told this service.</summary>
public enum PlanStage
{
    None = 0,
    Drafted = 1,
    Approved = 2,
    Published = 3,
}
