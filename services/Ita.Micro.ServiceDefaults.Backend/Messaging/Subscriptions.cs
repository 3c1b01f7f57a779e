using Ita.Micro.Contracts;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Who in Ita.Micro consumes each message, by queue (named service-consumer, <see cref="MessagingExtensions"/>): the
/// one list of the system's topology. A message listed here must reach a queue: it is published mandatory, so one
/// that no queue would take is refused by the broker and stays in the outbox (retried, logged) instead of vanishing,
/// and every service declares these queues and bindings at start (<see cref="TopologyDeclarer"/>), so an event
/// published before its consumer ever ran waits in the consumer's queue. Messages meant for integrations outside
/// (DocumentRendered, ScoreImportCompleted, MeasureProgressReported) are not listed: nobody inside waits for them.
/// A queue here is the service's: its replicas compete on it, one takes each message. CodeBookPublished must reach
/// every replica, so each process also consumes it on a queue of its own that lives only as long as the process
/// (<see cref="CodeBooks.CodeBookReplicaQueue"/>): not listed here, since it cannot be declared before its process runs.
/// </summary>
public static class Subscriptions
{
    private static readonly string[] Services =
    [
        "score-ingestion",
        "analysis",
        "measure-tracking",
        "document-rendering",
    ];

    public static readonly IReadOnlyDictionary<Type, IReadOnlyList<string>> Queues = new Dictionary<
        Type,
        IReadOnlyList<string>
    >
    {
        [typeof(SubmitScoreImport)] = ["score-ingestion-submit-score-import"],
        [typeof(AssessmentRecorded)] = ["analysis-assessment-recorded"],
        [typeof(AssessmentAnalysed)] =
        [
            "measure-tracking-assessment-analysed",
            "document-rendering-assessment-analysed",
        ],
        [typeof(OrganisationRegistered)] =
        [
            "analysis-organisation-registered",
            "measure-tracking-organisation-registered",
            "document-rendering-organisation-registered",
        ],
        [typeof(CodeBookPublished)] = [.. Services.Select(s => s + "-code-book-published")],
        [typeof(ImprovementPlanDrafted)] = ["document-rendering-improvement-plan-drafted"],
        [typeof(ImprovementPlanApproved)] = ["document-rendering-improvement-plan-approved"],
        [typeof(ImprovementPlanPublished)] = ["document-rendering-improvement-plan-published"],
        [typeof(ProgressReportSubmitted)] = ["document-rendering-progress-report-submitted"],
        [typeof(RenderDocument)] = ["document-rendering-render-document"],
    };

    /// <summary>
    /// The queues that hand out higher message priorities first, with their highest priority: a document someone
    /// waits for is rendered before the results day's backlog (<see cref="RenderPriority"/>). Classic queues only:
    /// RabbitMQ 3's quorum queues refuse the argument, so with quorum queues the renders keep arrival order.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, byte> MaxPriorities = new Dictionary<string, byte>
    {
        ["document-rendering-render-document"] = (byte)RenderPriority.SomeoneWaits,
    };

    /// <summary>
    /// The arguments a queue is declared with, the same wherever it is declared (the broker refuses a second
    /// declaration that differs, to the argument's type): quorum, or the highest priority of a priority queue.
    /// </summary>
    public static Dictionary<string, object?>? QueueArguments(string queue, bool quorum) =>
        quorum ? new() { ["x-queue-type"] = "quorum" }
        : MaxPriorities.TryGetValue(queue, out var max) ? new() { ["x-max-priority"] = (int)max }
        : null;

    /// <summary>Whether a message of <paramref name="type"/> must reach a queue (published mandatory).</summary>
    public static bool MustBeDelivered(Type type) => Queues.ContainsKey(type);

    /// <summary>MassTransit's exchange for a message type: "Namespace:Name".</summary>
    public static string ExchangeOf(Type type) => $"{type.Namespace}:{type.Name}";
}
