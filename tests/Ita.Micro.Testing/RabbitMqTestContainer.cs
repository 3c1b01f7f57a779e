using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Testcontainers.RabbitMq;

namespace Ita.Micro.Testing;

/// <summary>
/// One RabbitMQ container per test assembly, started through Testcontainers.RabbitMq from the image
/// <c>scripts/images.sh rabbitmq</c> builds on this machine (Debian's rabbitmq-server; no registry is reachable), with a
/// fresh virtual host for every <see cref="RabbitMqBroker"/>. <c>./ita test</c> turns it on: it serves podman's Docker
/// API on a socket of the run (<c>DOCKER_HOST</c>, the resource reaper off as its image cannot be pulled) and names the
/// image in <c>ITA_TEST_RABBITMQ_IMAGE</c>. The container is removed when the test process exits, and <c>./ita test</c>
/// removes any its label names afterwards (a test process that was killed cannot).
/// </summary>
internal static class RabbitMqTestContainer
{
    /// <summary>The environment variable naming the image (for example <c>localhost/ita-main-rabbitmq:dev</c>).</summary>
    public const string ImageVariable = "ITA_TEST_RABBITMQ_IMAGE";

    /// <summary>The label every test broker container carries, with the checkout's podman prefix as its value.</summary>
    public const string Label = "ita.micro.test-broker";

    private const string Username = "ita";
    private const ushort AmqpPort = 5672;
    private const ushort ManagementPort = 15672;
    private const int StartAttempts = 3;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180); // a loaded 2-core machine needs more than 10 s

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Started? Shared;

    public static string? Image =>
        Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } image ? image.Trim() : null;

    /// <summary>A virtual host of its own on the assembly's broker (started on first use), with full permissions for the user.</summary>
    public static async Task<RabbitMqBroker> CreateBrokerAsync(string image, CancellationToken cancellationToken)
    {
        var started = await SharedAsync(image, cancellationToken);
        var virtualHost = "test-" + Guid.NewGuid().ToString("N")[..12];
        await started.PutAsync($"/api/vhosts/{virtualHost}", "{}", cancellationToken);
        await started.PutAsync(
            $"/api/permissions/{virtualHost}/{Username}",
            """{"configure":".*","write":".*","read":".*"}""",
            cancellationToken
        );
        return new RabbitMqBroker(started.Host, started.Port, virtualHost, Username, started.Password, () =>
            started.DeleteVirtualHostAsync(virtualHost)
        );
    }

    private static async Task<Started> SharedAsync(string image, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (Shared is null)
            {
                Shared = await StartAsync(image, cancellationToken);
                // xunit v2 has no assembly fixture: the process's exit is the end of the assembly's last test.
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                    Shared.Container.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(20));
            }

            return Shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Started> StartAsync(string image, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            var password = Guid.NewGuid().ToString("N");
            var container = new RabbitMqBuilder(image)
                .WithName($"{PodmanPrefix()}test-broker-{Guid.NewGuid().ToString("N")[..10]}")
                .WithLabel(Label, PodmanPrefix())
                .WithImagePullPolicy(_ => false) // the image is local; asking a registry would fail
                .WithUsername(Username)
                .WithPassword(password)
                .WithEnvironment("RABBITMQ_MANAGEMENT", "1") // virtual hosts through HTTP: no CLI call that can hang
                .WithPortBinding(ManagementPort, assignRandomHostPort: true)
                // Ready means the image's own probe passes (AMQP port open and rabbitmqctl await_startup, not just a
                // log line) and the management API answers for our user.
                .WithWaitStrategy(
                    Wait.ForUnixContainer()
                        .UntilCommandIsCompleted(["/usr/local/bin/probe.sh"], w =>
                            w.WithTimeout(ReadyTimeout).WithInterval(TimeSpan.FromSeconds(1))
                        )
                        .UntilHttpRequestIsSucceeded(
                            r =>
                                r.ForPort(ManagementPort)
                                    .ForPath("/api/overview")
                                    .WithBasicAuthentication(Username, password),
                            w => w.WithTimeout(ReadyTimeout).WithInterval(TimeSpan.FromSeconds(1))
                        )
                )
                .Build();
            try
            {
                await container.StartAsync(cancellationToken);
                return new Started(container, password);
            }
            catch (Exception exception)
                when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add(
                    $"attempt {attempt}: {exception.GetType().Name}: {exception.Message}\n{await LogsAsync(container)}"
                );
                await container.DisposeAsync();
            }
            catch
            {
                await container.DisposeAsync();
                throw;
            }
        }

        throw new InvalidOperationException(
            $"The test broker container ({image}) did not start through {Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "the default Docker socket"}:\n"
                + string.Join("\n", failures)
        );
    }

    /// <summary>The broker's own log (its last lines), for failure messages.</summary>
    private static async Task<string> LogsAsync(IContainer container)
    {
        try
        {
            var (stdout, stderr) = await container.GetLogsAsync();
            var lines = (stdout + stderr).Split('\n');
            return "last lines of the broker's log:\n" + string.Join('\n', lines[Math.Max(0, lines.Length - 40)..]);
        }
        catch (Exception exception)
        {
            return $"(the broker's log could not be read: {exception.Message})";
        }
    }

    /// <summary>The prefix of every podman object this checkout makes (as scripts/container-smoke.sh names them).</summary>
    private static string PodmanPrefix() =>
        Environment.GetEnvironmentVariable("ITA_PODMAN_PREFIX") is { Length: > 0 } prefix
            ? prefix
            : "ita-"
                + new string(
                    Path.GetFileName(Repository.Root)
                        .ToLowerInvariant()
                        .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')
                        .ToArray()
                )
                + "-";

    private sealed class Started(RabbitMqContainer container, string password)
    {
        private const int RequestAttempts = 5;
        private readonly HttpClient _management = new()
        {
            BaseAddress = new Uri(
                $"http://{Address(container.Hostname)}:{container.GetMappedPublicPort(ManagementPort)}"
            ),
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestHeaders =
            {
                Authorization = new AuthenticationHeaderValue(
                    "Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{password}"))
                ),
            },
        };

        public RabbitMqContainer Container => container;

        public string Host => Address(container.Hostname);

        public int Port => container.GetMappedPublicPort(AmqpPort);

        public string Password => password;

        /// <summary>A management API PUT, retried on a failed connection, a timeout or a 5xx (a busy broker).</summary>
        public async Task PutAsync(string path, string json, CancellationToken cancellationToken)
        {
            var failures = new List<string>();
            for (var attempt = 1; attempt <= RequestAttempts; attempt++)
            {
                try
                {
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await _management.PutAsync(path, content, cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }

                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    failures.Add($"attempt {attempt}: {(int)response.StatusCode} {body}");
                    if ((int)response.StatusCode < 500)
                    {
                        break; // a 4xx will not change by asking again
                    }
                }
                catch (Exception exception)
                    when (exception is HttpRequestException
                        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
                    )
                {
                    failures.Add($"attempt {attempt}: {exception.Message}");
                }

                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }

            throw new InvalidOperationException(
                $"The test broker's management API refused PUT {path}:\n{string.Join("\n", failures)}\n{await LogsAsync(container)}"
            );
        }

        /// <summary>
        /// Removes a test class's virtual host with its queues. A failure is not the test's: the container, and every
        /// virtual host in it, is removed when the test process ends.
        /// </summary>
        public async ValueTask DeleteVirtualHostAsync(string virtualHost)
        {
            try
            {
                using var response = await _management.DeleteAsync($"/api/vhosts/{virtualHost}");
            }
            catch (HttpRequestException)
            {
                // see the summary
            }
            catch (TaskCanceledException)
            {
                // see the summary
            }
        }

        // Podman publishes on IPv4; "localhost" could resolve to ::1 first.
        private static string Address(string hostname) =>
            hostname == "localhost" ? IPAddress.Loopback.ToString() : hostname;
    }
}
