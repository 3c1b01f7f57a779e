using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>A document to render or rendered, with the data it was made from.</summary>
public sealed class DocumentRecord
{
    public Guid Id { get; set; }
    public DocumentKind Kind { get; set; }

    /// <summary>
    /// What the document is about, across its versions: "analysis:{org}:{year}", "plan:{planId}",
    /// "report:{planId}:{months}", "summary:{province or all}:{year}".
    /// </summary>
    public string Subject { get; set; } = "";

    /// <summary>1 for the first document of its <see cref="Subject"/> and kind, then one more for each new set of data.</summary>
    public int Version { get; set; } = 1;
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }

    /// <summary>
    /// The organisation's province (bare, as the registry spells it), or the province a summary covers; null for the
    /// national summary. Who may read the document follows from it and <see cref="OrganisationCode"/>.
    /// </summary>
    public string? Province { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The data of its kind as JSON: <see cref="DocumentData"/>, <see cref="Ita.Micro.Contracts.ImprovementPlanPublished"/>, <see cref="ProgressDocumentData"/> or <see cref="SummaryData"/>.</summary>
    public required string DataJson { get; set; }

    /// <summary>SHA-256 of <see cref="DataJson"/>: the same data is rendered once.</summary>
    public required string DataHash { get; set; }
    public DocumentStatus Status { get; set; }

    /// <summary>File name below the documents folder.</summary>
    public string? FileName { get; set; }
    public long SizeBytes { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RenderedAtUtc { get; set; }
}
