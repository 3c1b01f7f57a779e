using System.Diagnostics;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>The text of a rendered PDF, through poppler's pdftotext, as a reader would copy it.</summary>
public static class PdfText
{
    public static async Task<string> Of(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(
                new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true }
            )!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
