using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.Testing;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>One document of each kind made from fixed data.</summary>
public static class FixedDocuments
{
    public static ProgressDocumentData Progress(ReportPeriod period = ReportPeriod.SixMonths) =>
        new(MeasureEvents.Report(period), new AssessedResult(85.71m, "A", true));

    public static DocumentRecord Of(DocumentKind kind) =>
        kind switch
        {
            DocumentKind.Analysis => DocumentFactory.Record(
                kind,
                new DocumentData(
                    new AnalysisBuilder(Organisations.MaeChan).Build(),
                    new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build()
                )
            ),
            DocumentKind.Announcement => DocumentFactory.Record(kind, MeasureEvents.Published()),
            DocumentKind.ProgressReport or DocumentKind.Memo => DocumentFactory.Record(kind, Progress()),
            DocumentKind.Summary => DocumentFactory.Record(kind, Summaries.Province()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
}
