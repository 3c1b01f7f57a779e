using System.Net.Sockets;
using System.Text;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// A request written byte for byte on a socket: HttpClient normalises "../" in paths and refuses CR/LF in headers,
/// which is exactly what an attacker's client does not do.
/// </summary>
public static class RawHttp
{
    /// <returns>The status code and the whole answer (headers and body) as text.</returns>
    public static async Task<(int Status, string Answer)> SendAsync(
        Uri server,
        string requestLineTarget,
        params string[] headerLines
    )
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = new StringBuilder(
            $"GET {requestLineTarget} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nConnection: close\r\n"
        );
        foreach (var line in headerLines)
            request.Append(line).Append("\r\n");
        request.Append("\r\n");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = answer.Split("\r\n", 2)[0];
        var parts = statusLine.Split(' ');
        return (parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : 0, answer);
    }
}
