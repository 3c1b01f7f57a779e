using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Ita.Micro.DocumentRendering.Services.Cdp;
using Ita.Micro.DocumentRendering.Telemetry;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// Prints HTML to PDF with one headless system Chromium, driven over its DevTools pipe, and a few warm pages.
/// Thread-safe: concurrent renders share the pages and wait for a free one. When the browser dies, the next render
/// launches a new one, and a render that failed because of the crash is retried once.
/// </summary>
public sealed partial class ChromiumPdfRenderer : IAsyncDisposable
{
    // Measured on 2 cores (docs/benchmarks.md): flags beyond these changed nothing measurable, and --no-zygote
    // doubled the print time. --disable-dev-shm-usage is for robustness, not speed: containers give /dev/shm 64 MB,
    // and four pages printing five-page documents can exhaust it and crash the renderer. What made printing cheaper
    // is not a flag: pages opened with begin-frame control paint no screen frames (ChromiumBrowser.NewPageAsync).
    private static readonly string[] ChromiumArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-default-apps",
        "--disable-dev-shm-usage",
        "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding",
        "--disable-backgrounding-occluded-windows",
        "--hide-scrollbars",
        "--mute-audio",
    ];

    /// <summary>
    /// Stands for the kept image in the HTML sent to a page; the page replaces it only as a whole quoted attribute
    /// value, which a user's HTML-encoded text cannot be.
    /// </summary>
    private const string KeptImagePlaceholder = "about:ita-kept-image";

    private readonly ChromiumOptions _options;
    private readonly ILogger<ChromiumPdfRenderer> _logger;
    private readonly string _root;
    private readonly SemaphoreSlim _launchLock = new(1, 1);
    private Session? _session;
    private string? _keptImage;
    private int _launches;
    private volatile bool _disposed;
    private int _pagesInUse;

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
        if (
            home.Length > 0
            && Path.TrimEndingDirectorySeparator(Path.GetFullPath(home)) == Path.TrimEndingDirectorySeparator(_root)
        )
            throw new ArgumentException(
                "Chromium's user data root must not be $HOME: give it a folder of its own.",
                nameof(options)
            );
        _options = options;
        _logger = logger;
    }

    /// <summary>
    /// Keeps the image <paramref name="dataUri"/> in every warm page from now on: a document whose HTML contains that
    /// exact data: URI is sent with a short placeholder in its place, and the page puts in a blob: URL of its own
    /// copy. For the emblem, which every document carries: sending, parsing and decoding its bytes again for every
    /// document cost ~3 ms of CPU each (docs/benchmarks.md). The HTML itself stays self-contained.
    /// </summary>
    public void KeepImage(string dataUri)
    {
        ArgumentNullException.ThrowIfNull(dataUri);
        if (!dataUri.StartsWith("data:image/", StringComparison.Ordinal))
            throw new ArgumentException("Only a data: image can be kept.", nameof(dataUri));
        Volatile.Write(ref _keptImage, dataUri);
    }

    /// <summary>Prints <paramref name="html"/> (a complete document whose page size comes from its CSS) to PDF.</summary>
    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var kept = Volatile.Read(ref _keptImage);
        var usesKept = kept is not null && html.Contains(kept, StringComparison.Ordinal);
        var sent = usesKept ? html.Replace(kept!, KeptImagePlaceholder, StringComparison.Ordinal) : html;
        var (pdf, launch, elapsedMs) = await OnWarmPageAsync(
                async (page, token) =>
                {
                    // A page opened after KeepImage (a replacement, a new browser) loads the image on its first use.
                    if (usesKept && page.KeptImage != kept)
                        await page.KeepImageAsync(kept!, token).ConfigureAwait(false);
                    await page.WriteAsync(sent, usesKept ? KeptImagePlaceholder : null, token).ConfigureAwait(false);
                    return await page.PrintAsync(token).ConfigureAwait(false);
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        LogRendered(sent.Length, pdf.Length, elapsedMs, launch);
        return pdf;
    }

    /// <summary>
    /// Paints the image <paramref name="imageDataUri"/> into <paramref name="width"/> × <paramref name="height"/>
    /// pixels, scaled to fit and centred: a PNG with a transparent background, or with <paramref name="jpegQuality"/>
    /// a JPEG on white. Done once for the emblem (<see cref="EmblemLoader"/>).
    /// </summary>
    public async Task<byte[]> RasteriseAsync(
        string imageDataUri,
        int width,
        int height,
        int? jpegQuality,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(imageDataUri);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (!imageDataUri.StartsWith("data:image/", StringComparison.Ordinal))
            throw new ArgumentException("Only a data: image can be rasterised.", nameof(imageDataUri));
        // An image, not inline markup: whatever the file holds cannot run script or fetch anything.
        var background = jpegQuality is null ? "transparent" : "#fff";
        var html = FormattableString.Invariant(
            $"<!DOCTYPE html><html><head><style>html,body{{margin:0;background:{background}}}img{{display:block;width:{width}px;height:{height}px;object-fit:contain}}</style></head><body><img src=\"{imageDataUri}\"></body></html>"
        );
        var session = await CurrentSessionAsync(cancellationToken).ConfigureAwait(false);
        // A page of its own that paints frames, which a screenshot needs; closed afterwards.
        var page = await session
            .Browser.NewPageAsync(frameControl: false, url => LogBlocked(url, session.Id), cancellationToken)
            .ConfigureAwait(false);
        try
        {
            await page.WriteAsync(html, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await page.ScreenshotAsync(width, height, jpegQuality, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ClosePageAsync(session, page).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a warm page, retrying once on a new page or browser if it crashed.</summary>
    private async Task<(T Result, int Launch, double ElapsedMs)> OnWarmPageAsync<T>(
        Func<CdpPage, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken
    )
    {
        for (var attempt = 1; ; attempt++)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var session = await CurrentSessionAsync(cancellationToken).ConfigureAwait(false);

            CdpPage page;
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
            DocumentMetrics.PagesInUse.Add(1);
            Interlocked.Increment(ref _pagesInUse);
            // A timed-out or cancelled render stops waiting at once; the page it leaves is replaced below.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RenderTimeout);
            try
            {
                var result = await work(page, timeout.Token).ConfigureAwait(false);
                if (session.RenderCounts.AddOrUpdate(page, 1, static (_, n) => n + 1) >= _options.RendersPerPage)
                    _ = ReplacePageAsync(session, page);
                else
                    session.Pages.Writer.TryWrite(page);
                return (result, session.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception ex) when (IsCrash(session, page, ex))
            {
                if (session.IsAlive)
                    _ = ReplacePageAsync(session, page);
                if (attempt > 1 || cancellationToken.IsCancellationRequested || _disposed)
                    throw;
                LogRetryAfterCrash(ex, session.Id, session.IsAlive ? "page" : "browser");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                _ = ReplacePageAsync(session, page);
                throw new TimeoutException($"Rendering took longer than {_options.RenderTimeout.TotalSeconds:F0} s.");
            }
            catch
            {
                // A failed or cancelled print may still be running on the page: give it no further work.
                _ = ReplacePageAsync(session, page);
                throw;
            }
            finally
            {
                DocumentMetrics.PagesInUse.Add(-1);
                Interlocked.Decrement(ref _pagesInUse);
            }
        }
    }

    /// <summary>How many pages of this renderer are printing now (the metric counts those of every renderer).</summary>
    public int PagesInUse => Volatile.Read(ref _pagesInUse);

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

    /// <summary>True when the page or the browser died under the render.</summary>
    private static bool IsCrash(Session session, CdpPage page, Exception ex) =>
        !session.IsAlive || page.Crashed || ex is CdpTargetClosedException;

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
        var started = Stopwatch.GetTimestamp();
        ChromiumBrowser? browser = null;
        try
        {
            browser = await ChromiumBrowser
                .LaunchAsync(_options.ExecutablePath, folder, ChromiumArgs, _options.LaunchTimeout, _logger)
                .ConfigureAwait(false);
            var session = new Session(id, folder, browser, _options.Pages);
            _ = browser.Closed.ContinueWith(
                _ => OnBrowserClosed(session),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default
            );

            using var cancel = new CancellationTokenSource(_options.LaunchTimeout);
            for (var i = 0; i < _options.Pages; i++)
                session.Pages.Writer.TryWrite(await NewPrintingPageAsync(session, cancel.Token).ConfigureAwait(false));

            LogLaunched(
                id,
                _options.ExecutablePath,
                _options.Pages,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds
            );
            return session;
        }
        catch (Exception ex)
        {
            LogLaunchFailed(ex, id, _options.ExecutablePath);
            if (browser is not null)
                await browser.DisposeAsync().ConfigureAwait(false);
            TryDeleteFolder(folder);
            throw;
        }
    }

    private Task<CdpPage> NewPrintingPageAsync(Session session, CancellationToken cancellationToken) =>
        session.Browser.NewPageAsync(frameControl: true, url => LogBlocked(url, session.Id), cancellationToken);

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
    private async Task ReplacePageAsync(Session session, CdpPage page)
    {
        session.RenderCounts.TryRemove(page, out _);
        if (session.IsAlive)
        {
            try
            {
                using var cancel = new CancellationTokenSource(_options.LaunchTimeout);
                var fresh = await NewPrintingPageAsync(session, cancel.Token).ConfigureAwait(false);
                if (!session.Pages.Writer.TryWrite(fresh))
                    await ClosePageAsync(session, fresh).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // A pool that only shrinks would starve renders: let the next render launch a new browser.
                LogPageReplaceFailed(ex, session.Id);
                if (session.MarkDead())
                    session.Pages.Writer.TryComplete();
            }
        }
        await ClosePageAsync(session, page).ConfigureAwait(false);
    }

    private static async Task ClosePageAsync(Session session, CdpPage page)
    {
        if (!session.Browser.IsAlive)
            return;
        try
        {
            (
                await session
                    .Browser.Connection.SendAsync("Target.closeTarget", json =>
                        json.WriteString("targetId", page.TargetId)
                    )
                    .ConfigureAwait(false)
            ).Dispose();
        }
        catch (CdpException)
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
            await session.Browser.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            LogCloseFailed(ex, session.Id);
        }
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

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Information,
        Message = "Chromium {Launch} started from {ExecutablePath} with {Pages} warm pages in {ElapsedMs:F0} ms"
    )]
    private partial void LogLaunched(int launch, string executablePath, int pages, double elapsedMs);

    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Error,
        Message = "Chromium {Launch} failed to start from {ExecutablePath}"
    )]
    private partial void LogLaunchFailed(Exception exception, int launch, string executablePath);

    [LoggerMessage(
        EventId = 3,
        Level = LogLevel.Debug,
        Message = "Rendered {HtmlChars} characters of HTML to {PdfBytes} bytes of PDF in {ElapsedMs:F1} ms on Chromium {Launch}"
    )]
    private partial void LogRendered(int htmlChars, int pdfBytes, double elapsedMs, int launch);

    [LoggerMessage(
        EventId = 4,
        Level = LogLevel.Warning,
        Message = "Chromium {Launch} disconnected; the next render starts a new browser"
    )]
    private partial void LogBrowserDied(int launch);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A page of Chromium {Launch} crashed")]
    private partial void LogPageCrashed(int launch);

    [LoggerMessage(
        EventId = 6,
        Level = LogLevel.Warning,
        Message = "A render on Chromium {Launch} failed because the {Crashed} crashed; retrying once"
    )]
    private partial void LogRetryAfterCrash(Exception exception, int launch, string crashed);

    [LoggerMessage(
        EventId = 7,
        Level = LogLevel.Warning,
        Message = "Blocked a request to {Url} from a document on Chromium {Launch}"
    )]
    private partial void LogBlocked(string url, int launch);

    [LoggerMessage(
        EventId = 8,
        Level = LogLevel.Warning,
        Message = "Could not open a replacement page on Chromium {Launch}"
    )]
    private partial void LogPageReplaceFailed(Exception exception, int launch);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Chromium {Launch} did not close cleanly")]
    private partial void LogCloseFailed(Exception exception, int launch);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Could not delete the Chromium folder {Folder}")]
    private partial void LogFolderNotDeleted(Exception exception, string folder);

    /// <summary>One launched browser with its profile folder and its pool of warm pages.</summary>
    private sealed class Session(int id, string folder, ChromiumBrowser browser, int pages)
    {
        private int _dead;

        public int Id { get; } = id;
        public string Folder { get; } = folder;
        public ChromiumBrowser Browser { get; } = browser;
        public Channel<CdpPage> Pages { get; } = Channel.CreateBounded<CdpPage>(pages);
        public ConcurrentDictionary<CdpPage, int> RenderCounts { get; } = new();
        public volatile bool Closing;

        public bool IsAlive => Volatile.Read(ref _dead) == 0 && Browser.IsAlive;

        /// <summary>True for the one caller that marks the session dead first.</summary>
        public bool MarkDead() => Interlocked.Exchange(ref _dead, 1) == 0;
    }
}
