using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// Prints HTML to PDF with one headless system Chromium driven by Playwright and a few warm pages. Thread-safe:
/// concurrent renders share the pages and wait for a free one. When the browser dies, the next render launches a
/// new one, and a render that failed because of the crash is retried once.
/// </summary>
public sealed partial class ChromiumPdfRenderer : IAsyncDisposable
{
    // Measured on 2 cores (docs/benchmarks.md): flags beyond these changed nothing measurable, and --no-zygote
    // doubled the print time. --disable-dev-shm-usage is for robustness, not speed: containers give /dev/shm 64 MB,
    // and four pages printing five-page documents can exhaust it and crash the renderer.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>
    /// Writes the HTML into the page's document and resolves once its fonts and images are ready: one call where
    /// SetContent (which writes, then waits until the load event is reported) and a second call for the fonts took
    /// two, for about 10% less CPU per document and the same PDF. It runs through the DevTools protocol, which works
    /// although the document's own scripts are disabled: a script in the HTML is written but never runs.
    /// </summary>
    private const string WriteDocument =
        """
        async html => {
          document.open();
          document.write(html);
          document.close();
          await document.fonts.ready;
          await Promise.all(Array.from(document.images, image => image.decode().catch(() => null)));
          return true;
        }
        """;

    private readonly ChromiumOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly string _root;
    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private Session? _session;
    private int _launches;
    private volatile bool _disposed;

    public ChromiumPdfRenderer(ChromiumOptions options, ILogger<ChromiumPdfRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Pages, 1, nameof(options.Pages));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RendersPerPage, 1, nameof(options.RendersPerPage));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ExecutablePath, nameof(options.ExecutablePath));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.UserDataRoot, nameof(options.UserDataRoot));

        _root = Path.GetFullPath(options.UserDataRoot);
        var home = Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } variable
            ? variable
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Path.TrimEndingDirectorySeparator(Path.GetFullPath(home)) == Path.TrimEndingDirectorySeparator(_root))
            throw new ArgumentException("Chromium's user data root must not be $HOME: give it a folder of its own.", nameof(options));
        _options = options;
        _logger = logger;
    }

    /// <summary>Prints <paramref name="html"/> (a complete document whose page size comes from its CSS) to PDF.</summary>
    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (pdf, launch, elapsedMs) = await OnWarmPageAsync(page => PrintAsync(page, html), reusePage: true, cancellationToken)
            .ConfigureAwait(false);
        LogRendered(html.Length, pdf.Length, elapsedMs, launch);
        return pdf;
    }

    /// <summary>
    /// Paints <paramref name="svg"/> into a square PNG of <paramref name="pixels"/> a side with a transparent
    /// background, the image scaled to fit and centred: done once for the emblem, so that documents carry a bitmap
    /// instead of line art that Chromium would parse and paint again for every document.
    /// </summary>
    public async Task<byte[]> RasteriseSvgAsync(string svg, int pixels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        // An image, not inline markup: whatever the file holds cannot run script or fetch anything.
        var html = FormattableString.Invariant(
            $"<!DOCTYPE html><html><head><style>html,body{{margin:0;background:transparent}}img{{display:block;width:{pixels}px;height:{pixels}px;object-fit:contain}}</style></head><body><img src=\"data:image/svg+xml;base64,{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg))}\"></body></html>");
        // The page's viewport changes for the screenshot, so it is replaced afterwards rather than printed on again.
        var (png, _, _) = await OnWarmPageAsync(page => ScreenshotAsync(page, html, pixels), reusePage: false, cancellationToken)
            .ConfigureAwait(false);
        return png;
    }

    /// <summary>Runs <paramref name="work"/> on a warm page, retrying once on a new page or browser if it crashed.</summary>
    private async Task<(T Result, int Launch, double ElapsedMs)> OnWarmPageAsync<T>(
        Func<IPage, Task<T>> work, bool reusePage, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var session = await CurrentSessionAsync(cancellationToken).ConfigureAwait(false);

            IPage page;
            try
            {
                page = await session.Pages.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException) when (attempt == 1)
            {
                // The browser died (or was replaced) while this render waited for a page.
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            var task = work(page);
            try
            {
                var result = await task.WaitAsync(_options.RenderTimeout, cancellationToken).ConfigureAwait(false);
                if (!reusePage || session.RenderCounts.AddOrUpdate(page, 1, static (_, n) => n + 1) >= _options.RendersPerPage)
                    _ = ReplacePageAsync(session, page);
                else
                    session.Pages.Writer.TryWrite(page);
                return (result, session.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception ex) when (IsCrash(session, page, ex))
            {
                Observe(task);
                if (session.IsAlive)
                    _ = ReplacePageAsync(session, page);
                if (attempt > 1 || cancellationToken.IsCancellationRequested || _disposed)
                    throw;
                LogRetryAfterCrash(ex, session.Id, session.IsAlive ? "page" : "browser");
            }
            catch
            {
                // A timed-out or cancelled print may still be running on the page: give it no further work.
                Observe(task);
                _ = ReplacePageAsync(session, page);
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        await _launchLock.WaitAsync().ConfigureAwait(false);
        try
        {
            var session = Interlocked.Exchange(ref _session, null);
            if (session is not null)
                await CloseSessionAsync(session).ConfigureAwait(false);
        }
        finally
        {
            _launchLock.Release();
        }
    }

    private static async Task<byte[]> PrintAsync(IPage page, string html)
    {
        await page.EvaluateAsync<bool>(WriteDocument, html).ConfigureAwait(false);
        // The page size and margins come from the document's @page rules; no header or footer templates.
        return await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true }).ConfigureAwait(false);
    }

    private static async Task<byte[]> ScreenshotAsync(IPage page, string html, int pixels)
    {
        await page.SetViewportSizeAsync(pixels, pixels).ConfigureAwait(false);
        await page.EvaluateAsync<bool>(WriteDocument, html).ConfigureAwait(false);
        return await page.ScreenshotAsync(new()
        {
            Type = ScreenshotType.Png,
            OmitBackground = true,
            Clip = new() { X = 0, Y = 0, Width = pixels, Height = pixels },
        }).ConfigureAwait(false);
    }

    /// <summary>An abandoned print fails once its page is closed; nobody awaits it, so its exception is read here.</summary>
    private static void Observe(Task print) =>
        print.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>
    /// True when the page or the browser died under the render. Playwright reports a vanished target with a
    /// PlaywrightException ("Target page, context or browser has been closed", "Target crashed") that may arrive
    /// before the Close or Crash event has been handled; its timeouts are System.TimeoutException and do not count.
    /// </summary>
    private static bool IsCrash(Session session, IPage page, Exception ex) =>
        !session.IsAlive || page.IsClosed || session.CrashedPages.ContainsKey(page)
        || (ex is PlaywrightException
            && (ex.Message.Contains("closed", StringComparison.OrdinalIgnoreCase)
                || ex.Message.Contains("crash", StringComparison.OrdinalIgnoreCase)));

    private async Task<Session> CurrentSessionAsync(CancellationToken cancellationToken)
    {
        var session = Volatile.Read(ref _session);
        if (session is { IsAlive: true })
            return session;

        await _launchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            session = _session;
            if (session is { IsAlive: true })
                return session;
            if (session is not null)
            {
                Volatile.Write(ref _session, null);
                await CloseSessionAsync(session).ConfigureAwait(false);
            }
            // Not cancellable: a launch abandoned half-way would leave a browser process behind.
            session = await LaunchAsync().ConfigureAwait(false);
            Volatile.Write(ref _session, session);
            return session;
        }
        finally
        {
            _launchLock.Release();
        }
    }

    private async Task<Session> LaunchAsync()
    {
        var id = Interlocked.Increment(ref _launches);
        var folder = Path.Combine(_root, FormattableString.Invariant($"{Environment.ProcessId}-{id}"));
        var home = Path.Combine(folder, "home");
        var started = Stopwatch.GetTimestamp();
        IPlaywright? playwright = null;
        IBrowserContext? context = null;
        try
        {
            Directory.CreateDirectory(home);
            // One driver per browser: when the browser dies Playwright disposes the connection, so a new browser
            // needs a new driver anyway.
            playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            context = await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(folder, "profile"), new()
            {
                ExecutablePath = _options.ExecutablePath,
                Headless = true,
                Args = ChromiumArgs,
                Env = BrowserEnvironment(home),
                // Otherwise the driver makes a playwright-artifacts-* folder in /tmp that a crash leaves behind.
                ArtifactsDir = Path.Combine(folder, "artifacts"),
                Timeout = (float)_options.LaunchTimeout.TotalMilliseconds,
                JavaScriptEnabled = false,
                ServiceWorkers = ServiceWorkerPolicy.Block,
                AcceptDownloads = false,
                // The host decides when to stop; the browser is closed by DisposeAsync.
                HandleSIGINT = false,
                HandleSIGTERM = false,
                HandleSIGHUP = false,
            }).ConfigureAwait(false);

            var session = new Session(id, folder, playwright, context, _options.Pages);
            context.Close += (_, _) => OnBrowserClosed(session);
            await context.RouteAsync("**/*", route => BlockNetworkAsync(route, session.Id)).ConfigureAwait(false);

            var pages = new List<IPage>(context.Pages);
            while (pages.Count < _options.Pages)
                pages.Add(await context.NewPageAsync().ConfigureAwait(false));
            foreach (var page in pages.Take(_options.Pages))
                session.Pages.Writer.TryWrite(Prepare(session, page));

            LogLaunched(id, _options.ExecutablePath, _options.Pages, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return session;
        }
        catch (Exception ex)
        {
            LogLaunchFailed(ex, id, _options.ExecutablePath);
            if (context is not null)
            {
                try
                {
                    await context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                }
                catch (Exception closeError) when (closeError is PlaywrightException or TimeoutException)
                {
                    LogCloseFailed(closeError, id);
                }
            }
            playwright?.Dispose();
            TryDeleteFolder(folder);
            throw;
        }
    }

    private IPage Prepare(Session session, IPage page)
    {
        page.SetDefaultTimeout((float)_options.RenderTimeout.TotalMilliseconds);
        page.Crash += (_, crashed) =>
        {
            session.CrashedPages.TryAdd(crashed, true);
            LogPageCrashed(session.Id);
        };
        return page;
    }

    private async Task BlockNetworkAsync(IRoute route, int sessionId)
    {
        var url = route.Request.Url;
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("about:", StringComparison.OrdinalIgnoreCase))
        {
            await route.ContinueAsync().ConfigureAwait(false);
            return;
        }
        LogBlocked(url, sessionId);
        await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
    }

    private void OnBrowserClosed(Session session)
    {
        if (!session.MarkDead())
            return;
        // Renders waiting for a page get ChannelClosedException and retry on a new browser.
        session.Pages.Writer.TryComplete();
        if (!session.Closing)
            LogBrowserDied(session.Id);
    }

    /// <summary>Puts a fresh page in the pool, then closes the old one (worn out, crashed or in an unknown state).</summary>
    private async Task ReplacePageAsync(Session session, IPage page)
    {
        session.RenderCounts.TryRemove(page, out _);
        session.CrashedPages.TryRemove(page, out _);
        if (session.IsAlive)
        {
            try
            {
                var fresh = Prepare(session, await session.Context.NewPageAsync().ConfigureAwait(false));
                if (!session.Pages.Writer.TryWrite(fresh))
                    await fresh.CloseAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // A pool that only shrinks would starve renders: let the next render launch a new browser.
                LogPageReplaceFailed(ex, session.Id);
                if (session.MarkDead())
                    session.Pages.Writer.TryComplete();
            }
        }
        try
        {
            await page.CloseAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            // Already closed with its browser, or crashed: nothing is left to free.
        }
    }

    private async Task CloseSessionAsync(Session session)
    {
        session.Closing = true;
        session.MarkDead();
        session.Pages.Writer.TryComplete();
        try
        {
            await session.Context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            LogCloseFailed(ex, session.Id);
        }
        session.Playwright.Dispose();
        TryDeleteFolder(session.Folder);
    }

    private void TryDeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogFolderNotDeleted(ex, folder);
        }
    }

    /// <summary>
    /// Playwright replaces the browser's whole environment with this one. HOME and the XDG folders point into the
    /// launch's own folder, or Chromium writes its NSS database, crash reports and caches into the real home.
    /// </summary>
    private static Dictionary<string, string> BrowserEnvironment(string home)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            env[(string)entry.Key] = (string?)entry.Value ?? "";
        env["HOME"] = home;
        env["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        env["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        env["XDG_DATA_HOME"] = Path.Combine(home, ".local", "share");
        return env;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Chromium {Launch} started from {ExecutablePath} with {Pages} warm pages in {ElapsedMs:F0} ms")]
    private partial void LogLaunched(int launch, string executablePath, int pages, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Chromium {Launch} failed to start from {ExecutablePath}")]
    private partial void LogLaunchFailed(Exception exception, int launch, string executablePath);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug,
        Message = "Rendered {HtmlChars} characters of HTML to {PdfBytes} bytes of PDF in {ElapsedMs:F1} ms on Chromium {Launch}")]
    private partial void LogRendered(int htmlChars, int pdfBytes, double elapsedMs, int launch);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Chromium {Launch} disconnected; the next render starts a new browser")]
    private partial void LogBrowserDied(int launch);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A page of Chromium {Launch} crashed")]
    private partial void LogPageCrashed(int launch);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "A render on Chromium {Launch} failed because the {Crashed} crashed; retrying once")]
    private partial void LogRetryAfterCrash(Exception exception, int launch, string crashed);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Blocked a request to {Url} from a document on Chromium {Launch}")]
    private partial void LogBlocked(string url, int launch);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Could not open a replacement page on Chromium {Launch}")]
    private partial void LogPageReplaceFailed(Exception exception, int launch);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Chromium {Launch} did not close cleanly")]
    private partial void LogCloseFailed(Exception exception, int launch);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Could not delete the Chromium folder {Folder}")]
    private partial void LogFolderNotDeleted(Exception exception, string folder);

    /// <summary>One launched browser with its profile folder and its pool of warm pages.</summary>
    private sealed class Session(int id, string folder, IPlaywright playwright, IBrowserContext context, int pages)
    {
        private int _dead;

        public int Id { get; } = id;
        public string Folder { get; } = folder;
        public IPlaywright Playwright { get; } = playwright;
        public IBrowserContext Context { get; } = context;
        public Channel<IPage> Pages { get; } = Channel.CreateBounded<IPage>(pages);
        public ConcurrentDictionary<IPage, bool> CrashedPages { get; } = new();
        public ConcurrentDictionary<IPage, int> RenderCounts { get; } = new();
        public volatile bool Closing;

        public bool IsAlive => Volatile.Read(ref _dead) == 0 && !Context.IsClosed;

        /// <summary>True for the one caller that marks the session dead first.</summary>
        public bool MarkDead() => Interlocked.Exchange(ref _dead, 1) == 0;
    }
}
