using System.Diagnostics;

namespace Ita.Micro.DocumentRendering.Services.Cdp;

/// <summary>
/// One headless Chromium process driven over its DevTools pipe, without a driver process between: every document's
/// HTML and PDF cross one pipe once. Pages are opened with <see cref="NewPageAsync"/>.
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ILogger _logger;

    private ChromiumBrowser(Process process, CdpConnection connection, ILogger logger)
    {
        _process = process;
        Connection = connection;
        _logger = logger;
        // A page that crashes or is closed detaches its session: what still waits on it fails at once.
        Connection.BrowserEvent += (method, parameters) =>
        {
            if (method == "Target.detachedFromTarget" && parameters.TryGetProperty("sessionId", out var session))
                Connection.ForgetSession(session.GetString() ?? "", "The page closed or crashed.");
        };
    }

    public CdpConnection Connection { get; }

    /// <summary>Completes when the browser exited or its pipe closed.</summary>
    public Task Closed => Connection.Closed;

    public bool IsAlive => !Connection.IsClosed;

    /// <summary>
    /// Starts <paramref name="executablePath"/> with a profile and a HOME of its own under <paramref name="folder"/>
    /// and waits until it answers on its pipe.
    /// </summary>
    public static async Task<ChromiumBrowser> LaunchAsync(
        string executablePath,
        string folder,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        ILogger logger
    )
    {
        var home = Path.Combine(folder, "home");
        Directory.CreateDirectory(home);
        // Chromium reads the protocol from file descriptor 3 and writes to 4. .NET can hand a child only its standard
        // streams, so a shell moves them there and gives Chromium's own stdin and stdout to /dev/null and stderr.
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" 3<&0 4>&1 </dev/null >&2");
        start.ArgumentList.Add(executablePath);
        start.ArgumentList.Add("--remote-debugging-pipe");
        start.ArgumentList.Add("--user-data-dir=" + Path.Combine(folder, "profile"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add("about:blank");
        SetEnvironment(start, home);

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executablePath}.");
        process.ErrorDataReceived += (_, line) =>
        {
            if (!string.IsNullOrWhiteSpace(line.Data))
                logger.LogDebug("Chromium {ProcessId}: {Line}", process.Id, line.Data);
        };
        process.BeginErrorReadLine();
        var browser = new ChromiumBrowser(
            process,
            new CdpConnection(process.StandardInput.BaseStream, process.StandardOutput.BaseStream),
            logger
        );
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            using var version = await browser
                .Connection.SendAsync("Browser.getVersion", null, cancellationToken: cancel.Token)
                .ConfigureAwait(false);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens a page with scripts off and every request but data: refused (<paramref name="blocked"/> hears of each).
    /// With <paramref name="frameControl"/> the page paints no frames of its own: nobody looks at a page that only
    /// prints, and its screen frames (style, layout, paint and raster at 60 Hz) cost a fifth of a document's CPU.
    /// </summary>
    public async Task<CdpPage> NewPageAsync(
        bool frameControl,
        Action<string> blocked,
        CancellationToken cancellationToken = default
    )
    {
        string targetId;
        using (
            var created = await Connection
                .SendAsync(
                    "Target.createTarget",
                    json =>
                    {
                        json.WriteString("url", "about:blank");
                        json.WriteBoolean("enableBeginFrameControl", frameControl);
                    },
                    cancellationToken: cancellationToken
                )
                .ConfigureAwait(false)
        )
            targetId = created.RootElement.GetProperty("result").GetProperty("targetId").GetString()!;

        string sessionId;
        using (
            var attached = await Connection
                .SendAsync(
                    "Target.attachToTarget",
                    json =>
                    {
                        json.WriteString("targetId", targetId);
                        json.WriteBoolean("flatten", true);
                    },
                    cancellationToken: cancellationToken
                )
                .ConfigureAwait(false)
        )
            sessionId = attached.RootElement.GetProperty("result").GetProperty("sessionId").GetString()!;

        var page = new CdpPage(Connection, targetId, sessionId, blocked);
        await page.InitialiseAsync(cancellationToken).ConfigureAwait(false);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (IsAlive)
        {
            try
            {
                using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                (
                    await Connection
                        .SendAsync("Browser.close", null, cancellationToken: cancel.Token)
                        .ConfigureAwait(false)
                ).Dispose();
            }
            catch (Exception ex) when (ex is CdpException or OperationCanceledException)
            {
                // Killed below.
            }
        }
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _logger.LogWarning("Chromium {ProcessId} did not exit after Browser.close; killing it", _process.Id);
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        await Connection.DisposeAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    /// <summary>
    /// The service's environment, except that HOME and the XDG folders point into the launch's own folder, or Chromium
    /// writes its NSS database, crash reports and caches into the service account's home.
    /// </summary>
    private static void SetEnvironment(ProcessStartInfo start, string home)
    {
        start.Environment["HOME"] = home;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
    }
}
