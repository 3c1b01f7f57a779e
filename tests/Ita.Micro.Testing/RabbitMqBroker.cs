using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ita.Micro.Testing;

/// <summary>
/// A RabbitMQ broker for integration tests, with a virtual host of their own.
/// <para>
/// Where a container can run (<c>./ita test</c> sets <c>ITA_TEST_RABBITMQ_IMAGE</c> and <c>DOCKER_HOST</c> when podman
/// works on the machine), <see cref="StartAsync"/> returns a fresh virtual host on one RabbitMQ container per test
/// assembly, started through Testcontainers.RabbitMq (<see cref="RabbitMqTestContainer"/>); disposing deletes that
/// virtual host.
/// </para>
/// <para>
/// Otherwise <see cref="StartAsync"/> starts a private broker with <c>scripts/rabbitmq.sh start</c> (Debian
/// rabbitmq-server as plain processes, every file in a fresh temporary folder, listening on a free port of
/// 127.0.0.1) whose default virtual host <c>/</c> belongs to the tests alone; <see cref="DisposeAsync"/>
/// stops that broker (<c>scripts/rabbitmq.sh stop</c>) and deletes the folder. No virtual host is created: the broker
/// is private already, and a CLI call into a broker that a loaded machine has just started can hang (CI saw
/// <c>add_vhost</c> time out), which made whole test classes fail at random.
/// </para>
/// <para>
/// When the environment variable <c>ITA_TEST_RABBITMQ</c> holds an amqp URI such as
/// <c>amqp://guest:guest@127.0.0.1:5672/</c>, that existing broker is used instead: its user, password and virtual
/// host come from the URI (<c>/</c> when the URI names none; <c>%2F</c> also means <c>/</c>). No virtual host is
/// created there (that would need the management plugin or the broker's CLI), so tests sharing such a broker must
/// keep their queue and exchange names apart themselves. Disposing does nothing to an external broker.
/// </para>
/// </summary>
public sealed class RabbitMqBroker : IAsyncDisposable
{
    /// <summary>The environment variable naming an existing broker to use instead of starting one.</summary>
    public const string ExternalBrokerVariable = "ITA_TEST_RABBITMQ";

    private const int StartAttempts = 3; // a start that failed on a loaded machine is stopped and tried again
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(240); // the script gives up after 180 s

    private readonly Func<ValueTask>? _release; // stops a private broker or deletes a container's virtual host
    private int _disposed;

    internal RabbitMqBroker(
        string host,
        int port,
        string virtualHost,
        string username,
        string password,
        Func<ValueTask>? release
    )
    {
        Host = host;
        Port = port;
        VirtualHost = virtualHost;
        Username = username;
        Password = password;
        _release = release;
    }

    /// <summary>The host name or address to connect to (127.0.0.1 for a private broker).</summary>
    public string Host { get; }

    /// <summary>The AMQP port.</summary>
    public int Port { get; }

    /// <summary>The virtual host the tests should use (<c>/</c> for a private broker).</summary>
    public string VirtualHost { get; }

    /// <summary>The user name (guest for a private broker).</summary>
    public string Username { get; }

    /// <summary>The password (guest for a private broker).</summary>
    public string Password { get; }

    /// <summary>The broker as a service's RabbitMq options, for code under test that takes them (TopologyDeclarer).</summary>
    public Ita.Micro.ServiceDefaults.Messaging.RabbitMqOptions Options() =>
        new()
        {
            Host = Host,
            Port = Port,
            VirtualHost = VirtualHost,
            Username = Username,
            Password = Password,
        };

    /// <summary>A connection of a test's own to this broker's virtual host, to look at or change queues directly.</summary>
    public Task<RabbitMQ.Client.IConnection> ConnectAsync() =>
        Options().ConnectionFactory("ita-test").CreateConnectionAsync();

    /// <summary>
    /// A message no consumer can read, sent straight into a consumer's queue (past any <see cref="BrokerLink"/>):
    /// the poison message of the fault tests and the fault bench.
    /// </summary>
    public async Task PublishPoisonAsync(string queue, string messageId)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new RabbitMQ.Client.BasicProperties
        {
            MessageId = messageId,
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
        };
        await channel.BasicPublishAsync(
            queue,
            "",
            mandatory: false,
            properties,
            System.Text.Encoding.UTF8.GetBytes("{\"message\": [not json")
        );
    }

    /// <summary>The broker as a service process's environment variables (RabbitMq__Host, …), for <see cref="ServiceProcess.Start"/>.</summary>
    public Dictionary<string, string> EnvironmentVariables() =>
        new()
        {
            ["RabbitMq__Host"] = Host,
            ["RabbitMq__Port"] = Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = VirtualHost,
            ["RabbitMq__Username"] = Username,
            ["RabbitMq__Password"] = Password,
        };

    /// <summary>
    /// Starts a private broker with a fresh virtual host, or uses the one named by <c>ITA_TEST_RABBITMQ</c>;
    /// returns when it accepts connections. Cancelling stops whatever was started.
    /// </summary>
    public static async Task<RabbitMqBroker> StartAsync(CancellationToken cancellationToken = default)
    {
        var external = Environment.GetEnvironmentVariable(ExternalBrokerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return FromUri(external.Trim());
        }

        if (RabbitMqTestContainer.Image is { } image)
        {
            return await RabbitMqTestContainer.CreateBrokerAsync(image, cancellationToken);
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException(
                $"A private broker needs Linux (scripts/rabbitmq.sh); elsewhere set {ExternalBrokerVariable}."
            );
        }

        var failures = new List<string>();
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "ita-rabbitmq-" + Guid.NewGuid().ToString("N"));
            var port = FindFreePort();
            int exitCode;
            string output;
            try
            {
                (exitCode, output) = await RunScriptAsync(cancellationToken, "start", folder, Invariant(port));
            }
            catch
            {
                await StopAsync(folder); // cancelled: no broker, epmd or folder may outlive this call
                throw;
            }

            if (exitCode == 0)
            {
                return new RabbitMqBroker("127.0.0.1", port, "/", "guest", "guest", () =>
                    new ValueTask(StopAsync(folder))
                );
            }

            // The script stopped what it started; its output (with the broker's log) says why.
            failures.Add($"attempt {attempt}: scripts/rabbitmq.sh start failed (exit {exitCode}):\n{output}");
            await StopAsync(folder);
        }

        throw new InvalidOperationException(string.Join("\n", failures));
    }

    /// <summary>
    /// Stops a private broker and deletes its folder, or deletes the virtual host made on the test broker container;
    /// does nothing to an external broker.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_release is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _release();
        }
    }

    private static RabbitMqBroker FromUri(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != "amqp")
        {
            throw new InvalidOperationException(
                $"{ExternalBrokerVariable} must be an amqp URI such as amqp://guest:guest@127.0.0.1:5672/, not '{value}'."
            );
        }

        var user = uri.UserInfo.Split(':', 2);
        var username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "guest";
        var password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "guest";
        var port = uri.Port > 0 ? uri.Port : 5672;
        // The path is the virtual host, escaped ("/" is "%2F"); an empty one means the default "/".
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqBroker(
            uri.IdnHost,
            port,
            virtualHost.Length > 0 ? virtualHost : "/",
            username,
            password,
            null
        );
    }

    private static async Task StopAsync(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(ScriptTimeout);
        var (exitCode, output) = await RunScriptAsync(timeout.Token, "stop", folder);
        if (exitCode != 0)
        {
            // Keep the folder: its logs and pids file are what is needed to find out why.
            throw new InvalidOperationException(
                $"scripts/rabbitmq.sh stop {folder} failed (exit {exitCode}):\n{output}"
            );
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Runs scripts/rabbitmq.sh through bash (an executable bit lost in a checkout does not matter).</summary>
    private static async Task<(int ExitCode, string Output)> RunScriptAsync(
        CancellationToken cancellationToken,
        params string[] arguments
    )
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", "rabbitmq.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        // The script sends the broker's own output to files, so these pipes close when the script exits.
        var standardOutput = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // whatever it started so far is then stopped by its pids file
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }

        var output = (await standardOutput + await standardError).Trim();
        return (process.ExitCode, output);
    }

    /// <summary>
    /// A free loopback port from 20000–29999: below Linux's ephemeral range (32768–60999), so outgoing connections
    /// do not take it, and low enough that the Erlang distribution and epmd ports the script puts 10000 and 20000
    /// above it stay below 65536.
    /// </summary>
    private static int FindFreePort()
    {
        for (var i = 0; i < 100; i++)
        {
            var port = Random.Shared.Next(20000, 30000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken: try another
            }
        }

        throw new InvalidOperationException("No free port between 20000 and 29999 on 127.0.0.1.");
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
