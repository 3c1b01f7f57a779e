using System.Diagnostics;

namespace Ita.Micro.Portal.Tests;

/// <summary>The text of a downloaded PDF, through poppler's pdftotext, as a reader would copy it.</summary>
public static class PdfText
{
    public static async Task<string> OfFileAsync(string pdf)
    {
        using var process = Process.Start(
            new ProcessStartInfo("pdftotext", ["-raw", pdf, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }
        )!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }
}
