namespace Ita.Micro.Contracts;

/// <summary>The official documents Ita.Micro renders. Messages carry the number: never renumber a kind.</summary>
public enum DocumentKind
{
    /// <summary>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร: the analysis of last year's result with its measures.</summary>
    Analysis = 1,
}
