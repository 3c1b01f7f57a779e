using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Templates;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" as one self-contained HTML page for printing to A4, or as DOCX: the
/// <see cref="AnalysisTemplate"/> written by the shared <see cref="HtmlDocWriter"/> or <see cref="DocxDocWriter"/>.
/// Kept as the entry point that benchmarks and callers of the analysis report use.
/// </summary>
public static class AnalysisReport
{
    public static string Html(
        AssessmentAnalysed analysis,
        ImprovementPlanDrafted plan,
        AnalysisReportOptions options
    ) => HtmlDocWriter.Write(Build(analysis, plan, options), Layout(options));

    public static byte[] Docx(
        AssessmentAnalysed analysis,
        ImprovementPlanDrafted plan,
        AnalysisReportOptions options
    ) => DocxDocWriter.Write(Build(analysis, plan, options), Layout(options));

    private static Doc Build(AssessmentAnalysed analysis, ImprovementPlanDrafted plan, AnalysisReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        return AnalysisTemplate.Build(new DocumentData(analysis, plan), options.PreparedOn);
    }

    private static LayoutOptions Layout(AnalysisReportOptions options) => new(options.ThaiDigits, options.Emblem);
}
