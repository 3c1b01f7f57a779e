namespace Ita.Micro.DocumentRendering.Services;

/// <summary>How <see cref="ChromiumPdfRenderer"/> runs Chromium.</summary>
public sealed record ChromiumOptions
{
    /// <summary>
    /// The system Chromium's headless shell (Debian package chromium-headless-shell); nothing downloads a browser.
    /// The shell is the same Chromium build without the desktop browser around it: on 2 cores it printed the
    /// analysis report with ~35% less CPU and ~170 MB less memory than /usr/bin/chromium (docs/benchmarks.md), and
    /// the same PDF to the pixel. The binary itself, not the /usr/bin wrapper script, so that the browser is the
    /// process the renderer started and talks to over its pipe.
    /// </summary>
    public string ExecutablePath { get; init; } = "/usr/lib/chromium/chromium-headless-shell";

    /// <summary>
    /// The folder under which each browser launch gets its own profile and its own HOME and XDG folders, so that
    /// Chromium writes nothing into the service account's home. Must not be $HOME itself.
    /// </summary>
    public string UserDataRoot { get; init; } = Path.Combine(Path.GetTempPath(), "ita-micro-chromium");

    /// <summary>Warm pages kept open; renders beyond this number wait for a free page.</summary>
    public int Pages { get; init; } = 2;

    /// <summary>
    /// Renders after which a page is closed and replaced by a fresh one. A reused page keeps one document (content is
    /// replaced with document.open), and its renderer grew from ~140 MB to ~600 MB over 2,500 renders.
    /// </summary>
    public int RendersPerPage { get; init; } = 200;

    /// <summary>The longest a single render may take (set content, fonts, print) before it fails.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest launching the browser may take.</summary>
    public TimeSpan LaunchTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
