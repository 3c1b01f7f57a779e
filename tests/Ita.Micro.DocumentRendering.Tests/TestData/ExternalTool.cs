using System.Diagnostics;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>Runs a command-line tool (poppler's pdftotext, pdfinfo, pdftoppm) and returns its standard output.</summary>
public static class ExternalTool
{
    public static Task<string> RunAsync(string fileName, params string[] arguments) =>
        RunAsync(TimeSpan.FromSeconds(60), fileName, arguments);

    public static async Task<string> RunAsync(TimeSpan timeout, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
