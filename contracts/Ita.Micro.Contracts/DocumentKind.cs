namespace Ita.Micro.Contracts;

/// <summary>The official documents Ita.Micro renders. Serialised by name; never renumber.</summary>
public enum DocumentKind
{
    /// <summary>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร: the analysis of last year's result with its measures.</summary>
    Analysis = 1,
}
