using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Templates;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" as one self-contained HTML page for printing to A4: the
/// <see cref="AnalysisTemplate"/> written by the shared <see cref="HtmlDocWriter"/>. Kept as the entry point that
/// benchmarks and callers of the analysis report use.
/// </summary>
public static class AnalysisReport
{
    public static string Html(AssessmentAnalysed analysis, ImprovementPlanDrafted plan, AnalysisReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        return HtmlDocWriter.Write(AnalysisTemplate.Build(new DocumentData(analysis, plan), options.PreparedOn),
            new LayoutOptions(options.ThaiDigits, options.EmblemSvg));
    }
}
