using Ita.Micro.Contracts;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>The sample file's shape, read to send its assessments over the broker.</summary>
public sealed record SubmitScoreImportBody(IReadOnlyList<SubmittedAssessment> Assessments);
