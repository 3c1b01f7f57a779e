using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ita.Micro.Testing;

/// <summary>
/// A TCP relay between services and a <see cref="RabbitMqBroker"/>, for fault tests: <see cref="CutAsync"/> drops every
/// connection and refuses new ones, as a broker that died does to its clients, and <see cref="Restore"/> lets them
/// reconnect, as after its restart. It works the same in front of any broker (private, external or a container), so
/// tests need nothing of the fixture but its address. Queues and persistent messages survive a cut (the broker keeps
/// running): what the services see, and must recover from, is the loss of every connection and channel.
/// </summary>
public sealed class BrokerLink : IAsyncDisposable
{
    private readonly RabbitMqBroker _broker;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly Task _accepting;
    private volatile bool _cut;
    private int _refused;

    public BrokerLink(RabbitMqBroker broker)
    {
        _broker = broker;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The broker as seen through the link, as a service process's environment variables.</summary>
    public Dictionary<string, string> EnvironmentVariables()
    {
        var variables = _broker.EnvironmentVariables();
        variables["RabbitMq__Host"] = "127.0.0.1";
        variables["RabbitMq__Port"] = Port.ToString(CultureInfo.InvariantCulture);
        return variables;
    }

    /// <summary>Drops every connection and refuses new ones until <see cref="Restore"/>.</summary>
    public Task CutAsync()
    {
        _cut = true;
        foreach (var client in _open.Keys)
            Close(client);
        return Task.CompletedTask;
    }

    public void Restore() => _cut = false;

    /// <summary>
    /// Connections refused while cut so far: a test waits for it to grow to know a reconnect attempt was refused
    /// (the sentinel of a client that tried while the broker was away), rather than sleeping for attempts to happen.
    /// </summary>
    public int Refused => Volatile.Read(ref _refused);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            if (_cut)
            {
                client.Dispose();
                Interlocked.Increment(ref _refused);
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_broker.Host, _broker.Port, _stop.Token);
            _open[client] = 0;
            _open[upstream] = 0;
            if (_cut)
                return;
            var a = client.GetStream().CopyToAsync(upstream.GetStream(), _stop.Token);
            var b = upstream.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            await Task.WhenAny(a, b);
        }
        catch (Exception)
        { /* a dropped side ends the relay */
        }
        finally
        {
            Close(client);
            Close(upstream);
        }
    }

    private void Close(TcpClient client)
    {
        _open.TryRemove(client, out _);
        // Closing with no linger resets the connection, as a broker that died does; another close may have won.
        try
        {
            client.Client?.Close(0);
        }
        catch (ObjectDisposedException) { }
        client.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var client in _open.Keys)
            Close(client);
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
