using Ita.Micro.Contracts;

namespace Ita.Micro.Bench;

/// <summary>
/// Where the DOCX benchmarks (DOCX per second, LibreOffice's DOCX → PDF) get their document.
/// </summary>
public static class DocxSource
{
    /// <summary>
    /// PLUG-IN POINT for the service's DOCX writer (issue 6). Until it exists this is a stand-in: a comparable
    /// 2-page Thai analysis written here with the OpenXML SDK, and results are labelled with <see cref="Label"/>.
    /// Once the service has its writer, point both members at it, e.g.
    /// <c>Write = (analysis, plan) => AnalysisReportDocx.Write(analysis, plan, options)</c> and
    /// <c>Label = "service DOCX writer"</c>.
    /// </summary>
    public static Func<AssessmentAnalysed, ImprovementPlanDrafted, byte[]> Write { get; } = StandInAnalysisDocx.Write;

    /// <summary>Printed beside every DOCX figure so a stand-in result is never mistaken for the service's.</summary>
    public static string Label { get; } = "bench stand-in DOCX (2-page Thai analysis, OpenXML SDK), not the service's writer";
}
