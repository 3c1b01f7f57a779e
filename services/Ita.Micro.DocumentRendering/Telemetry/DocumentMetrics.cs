using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ita.Micro.ServiceDefaults.Telemetry;

namespace Ita.Micro.DocumentRendering.Telemetry;

/// <summary>Document rendering's instruments, on the project's meter (<see cref="ItaMetrics"/>).</summary>
public static class DocumentMetrics
{
    public static readonly Counter<long> Rendered = ItaMetrics.Meter.CreateCounter<long>(
        "ita.documents.rendered",
        "{document}",
        "Documents rendered to PDF and stored."
    );

    public static readonly Counter<long> Failed = ItaMetrics.Meter.CreateCounter<long>(
        "ita.documents.failed",
        "{document}",
        "Renders that failed (retried by the broker, then the _error queue)."
    );

    public static readonly Histogram<double> Duration = ItaMetrics.Meter.CreateHistogram<double>(
        "ita.document.render.duration",
        "s",
        "Time to render one document to PDF and store it."
    );

    /// <summary>Warm Chromium pages printing right now; against Chromium__Pages it shows how busy the pool is.</summary>
    public static readonly UpDownCounter<long> PagesInUse = ItaMetrics.Meter.CreateUpDownCounter<long>(
        "ita.document.renderer.pages.in_use",
        "{page}",
        "Warm Chromium pages busy printing a document."
    );

    // A failure counter exists from the first render at zero, so an alert tells "none" from "not reported".
    static DocumentMetrics() => Failed.Add(0);

    public static void Render(string kind, TimeSpan elapsed, bool succeeded)
    {
        var tags = new TagList { { "ita.document.kind", kind } };
        (succeeded ? Rendered : Failed).Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
