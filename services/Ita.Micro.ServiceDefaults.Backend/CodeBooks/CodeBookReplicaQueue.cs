using System.Text;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// This process's own queue for <see cref="Contracts.CodeBookPublished"/>: "{service}-code-book-published-{host}-{id}".
/// The service's durable queue (<see cref="Messaging.Subscriptions"/>) gives each message to one replica of the
/// service, but every replica rates with its own copy of the books, so each also binds a queue of its own. The host
/// name (the pod's, the container's) tells an operator whose queue it is; the random part keeps two processes on one
/// host apart. The queue lives as long as its process: not durable and exclusive to the process's bus connection, so
/// the broker deletes it when that connection goes (also when the process dies: seen with SIGKILL), with its exchange
/// (auto-delete), and x-expires as well; so it is not declared at start with the durable topology
/// (<see cref="Messaging.TopologyDeclarer"/>), and a dead replica leaves none behind. Being exclusive, it is not read
/// from the broker for readiness and metrics (<see cref="Messaging.ReceiveQueue.Exclusive"/>).
/// </summary>
public sealed record CodeBookReplicaQueue(string Name)
{
    /// <summary>How long the broker keeps the queue when no consumer ever takes it (x-expires).</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(1);

    public static CodeBookReplicaQueue For(string serviceName) =>
        new(
            $"{serviceName}-code-book-published-{HostPart(Environment.MachineName)}-{Guid.NewGuid().ToString("N")[..8]}"
        );

    // Queue names allow more, but the host part is kept to what reads well in rabbitmqctl and in metric labels.
    private static string HostPart(string machine)
    {
        var part = new StringBuilder(machine.Length);
        foreach (var c in machine.ToLowerInvariant())
            part.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var text = part.ToString().Trim('-');
        return text.Length == 0 ? "host"
            : text.Length > 63 ? text[..63]
            : text;
    }
}
