using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Services;

namespace Ita.Micro.Bench;

/// <summary>
/// Where the DOCX benchmarks (DOCX per second, LibreOffice's DOCX → PDF) get their document: the service's own
/// analysis report DOCX, the same template the PDF benchmark prints.
/// </summary>
public static class DocxSource
{
    /// <param name="emblem">The same emblem the PDF carries, so both ways make the same document; null for the marked box.</param>
    public static byte[] Write(AssessmentAnalysed analysis, ImprovementPlanDrafted plan, EmblemImage? emblem) =>
        AnalysisReport.Docx(analysis, plan, new AnalysisReportOptions(new DateOnly(2025, 11, 22), Emblem: emblem));

    /// <summary>Printed beside every DOCX figure.</summary>
    public static string Label => "the service's analysis report DOCX (AnalysisReport.Docx)";
}
