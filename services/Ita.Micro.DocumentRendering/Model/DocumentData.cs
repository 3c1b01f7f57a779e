using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>Everything a document is made from, kept with it so a render can be repeated and its hash compared.</summary>
public sealed record DocumentData(AssessmentAnalysed Analysis, ImprovementPlanDrafted Plan);
