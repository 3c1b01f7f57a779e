using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Services;

namespace Ita.Micro.Bench;

/// <summary>
/// Where the DOCX benchmarks (DOCX per second, LibreOffice's DOCX → PDF) get their document: the service's own
/// analysis report DOCX, the same template the PDF benchmark prints.
/// </summary>
public static class DocxSource
{
    public static byte[] Write(AssessmentAnalysed analysis, ImprovementPlanDrafted plan) =>
        AnalysisReport.Docx(analysis, plan, new AnalysisReportOptions(new DateOnly(2025, 11, 22)));

    /// <summary>Printed beside every DOCX figure.</summary>
    public static string Label => "the service's analysis report DOCX (AnalysisReport.Docx)";
}
