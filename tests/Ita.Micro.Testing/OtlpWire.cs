using Google.Protobuf;

namespace Ita.Micro.Testing;

/// <summary>
/// Reads just enough of OTLP's protobuf (opentelemetry/proto, v1) to know which service sent which spans and
/// metrics: the field numbers below are those of the .proto files; every other field is skipped.
/// </summary>
public static class OtlpWire
{
    /// <summary>ExportTraceServiceRequest: (service.name, trace id in hex) of every span.</summary>
    public static IEnumerable<(string Service, string TraceId)> Spans(byte[] request) =>
        from resourceSpans in Fields(request, 1) // resource_spans
        let service = ServiceName(resourceSpans)
        from scopeSpans in Fields(resourceSpans, 2) // ResourceSpans.scope_spans
        from span in Fields(scopeSpans, 2) // ScopeSpans.spans
        select (service, Convert.ToHexStringLower(Fields(span, 1).Single())); // Span.trace_id

    /// <summary>ExportMetricsServiceRequest: (service.name, meter, metric name) of every metric.</summary>
    public static IEnumerable<(string Service, string Meter, string Metric)> Metrics(byte[] request) =>
        from resourceMetrics in Fields(request, 1) // resource_metrics
        let service = ServiceName(resourceMetrics)
        from scopeMetrics in Fields(resourceMetrics, 2) // ResourceMetrics.scope_metrics
        let meter = Fields(scopeMetrics, 1).Select(scope => Text(Fields(scope, 1).SingleOrDefault())).SingleOrDefault()
            ?? ""
        from metric in Fields(scopeMetrics, 2) // ScopeMetrics.metrics
        select (service, meter, Text(Fields(metric, 1).Single())); // Metric.name

    /// <summary>Resource.attributes (KeyValue: key 1, value 2 = AnyValue with string_value 1) named service.name.</summary>
    private static string ServiceName(byte[] resourceSignal) =>
        (
            from resource in Fields(resourceSignal, 1)
            from attribute in Fields(resource, 1)
            where Text(Fields(attribute, 1).Single()) == "service.name"
            select Text(Fields(Fields(attribute, 2).Single(), 1).Single())
        ).SingleOrDefault() ?? "";

    private static string Text(byte[]? bytes) => bytes is null ? "" : System.Text.Encoding.UTF8.GetString(bytes);

    /// <summary>The length-delimited (message, string, bytes) values of field <paramref name="number"/>.</summary>
    private static List<byte[]> Fields(byte[] message, int number)
    {
        var found = new List<byte[]>();
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (
                WireFormat.GetTagFieldNumber(tag) == number
                && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited
            )
                found.Add(input.ReadBytes().ToByteArray());
            else
                input.SkipLastField();
        }
        return found;
    }
}
