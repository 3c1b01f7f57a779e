using System.Diagnostics;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

public static class BrowserProcesses
{
    /// <summary>
    /// The browser's main process started with a profile under <paramref name="root"/> (renderers and helpers have
    /// a --type), or null when none runs. Found by its command line, so a test only ever touches its own browser.
    /// </summary>
    public static Process? Under(string root)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            // A wrapper script (such as /usr/bin/chromium) carries the same arguments: the browser is the Chromium binary.
            if (
                commandLine.Contains("--user-data-dir=" + root, StringComparison.Ordinal)
                && !commandLine.Contains("--type=", StringComparison.Ordinal)
                && new FileInfo(Path.Combine(dir, "exe")).LinkTarget is { } exe
                && Path.GetFileName(exe).StartsWith("chromium", StringComparison.Ordinal)
            )
            {
                try
                {
                    return Process.GetProcessById(pid);
                }
                catch (ArgumentException)
                {
                    // It exited meanwhile.
                }
            }
        }
        return null;
    }
}
