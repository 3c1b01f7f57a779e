using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.Testing;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// What a document may reach while it prints: nothing. A listener on this machine stands in for the network and
/// counts every connection; /etc/passwd stands in for the server's files.
/// </summary>
public sealed class ChromiumIsolationTests(RendererFixture fixture) : IClassFixture<RendererFixture>, IAsyncLifetime
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<int> _accepted = new(); // the client ports, in the order accepted

    private string Server => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public Task InitializeAsync()
    {
        _listener.Start();
        _ = AcceptAsync();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _listener.Stop();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Nothing_a_document_links_to_is_fetched_over_http_or_read_from_disk()
    {
        var html = $$"""
            <!DOCTYPE html><html lang="th"><head>
            <link rel="stylesheet" href="{{Server}}/style.css"><link rel="stylesheet" href="file:///etc/passwd">
            <style>@import url({{Server}}/import.css); @font-face{font-family:X;src:url({{Server}}/font.woff2)} body{background:url({{Server}}/bg.png)} p{font-family:X,Laksaman}</style>
            </head><body>
            <p>ประกาศเทศบาลตำบลแม่จัน</p>
            <img src="{{Server}}/logo.png"><img src="file:///etc/passwd">
            <iframe src="{{Server}}/frame"></iframe><iframe src="file:///etc/passwd"></iframe><object data="file:///etc/passwd"></object>
            </body></html>
            """;

        var pdf = await fixture.Renderer.RenderAsync(html, CancellationToken.None);
        var connections = await ConnectionsBeforeSentinelAsync();

        var text = await PdfTextAsync(pdf, "isolation.pdf");
        Assert.Contains("ประกาศเทศบาลตำบลแม่จัน", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.Equal(0, connections);
        Assert.Contains(fixture.Logger.Entries, e =>
            e.EventId.Id == 7 && e.Message.Contains(Server + "/logo.png", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Scripts_event_handlers_and_javascript_urls_in_a_document_do_not_run()
    {
        var html = $$"""
            <!DOCTYPE html><html lang="th"><body>
            <p id="p">ก่อนแก้ไข</p>
            <script>fetch('{{Server}}/script'); document.getElementById('p').textContent = 'สคริปต์ทำงาน';</script>
            <img src="missing.png" onerror="document.getElementById('p').textContent = 'ตัวจัดการทำงาน'">
            <iframe src="javascript:parent.document.getElementById('p').textContent = 'ลิงก์ทำงาน'"></iframe>
            </body></html>
            """;

        var pdf = await fixture.Renderer.RenderAsync(html, CancellationToken.None);
        var connections = await ConnectionsBeforeSentinelAsync();

        var text = await PdfTextAsync(pdf, "scripts.pdf");
        Assert.Contains("ก่อนแก้ไข", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ทำงาน", text, StringComparison.Ordinal);
        Assert.Equal(0, connections);
    }

    [Fact]
    public async Task Many_documents_print_on_the_pages_of_one_browser_started_once()
    {
        const string html =
            "<!DOCTYPE html><html lang=\"th\"><body><p>รายงานผลการดำเนินการตามมาตรการ</p></body></html>";

        var pdfs = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(_ => fixture.Renderer.RenderAsync(html, CancellationToken.None))
        );

        Assert.All(pdfs, pdf => Assert.True(pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8)));
        Assert.Single(fixture.Logger.Entries, e => e.EventId.Id == 1);
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync();
                _accepted.Enqueue(((IPEndPoint)client.Client.RemoteEndPoint!).Port);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // The listener was stopped at the end of the test.
        }
    }

    /// <summary>
    /// Connections the listener took before a sentinel connection of the test's own, made after the render: a request
    /// the browser let through connected during the render (or just after), so it is accepted before the sentinel,
    /// which the listener takes in order. No sleep to guess how long stragglers take.
    /// </summary>
    private async Task<int> ConnectionsBeforeSentinelAsync()
    {
        using var sentinel = new TcpClient(AddressFamily.InterNetwork);
        await sentinel.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)_listener.LocalEndpoint).Port);
        var self = ((IPEndPoint)sentinel.Client.LocalEndPoint!).Port;
        await Eventually.HoldsAsync(
            () => _accepted.Contains(self),
            TimeSpan.FromSeconds(10),
            "the sentinel connection accepted"
        );
        return _accepted.TakeWhile(port => port != self).Count();
    }

    private static async Task<string> PdfTextAsync(byte[] pdf, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "rendered");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, pdf);
        return await ExternalTool.RunAsync("pdftotext", path, "-");
    }
}
