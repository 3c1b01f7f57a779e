using System.Diagnostics;

namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>One delivery seen by <see cref="WidgetShippedConsumer"/>: whether the inbox let it through, and its trace.</summary>
public sealed record Delivery(Guid? MessageId, ActivityTraceId? TraceId, bool Processed);
