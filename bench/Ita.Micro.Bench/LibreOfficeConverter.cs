using System.Diagnostics;

namespace Ita.Micro.Bench;

/// <summary>
/// LibreOffice's way to a PDF: <c>soffice --headless --convert-to pdf</c> of a DOCX, one soffice process per
/// document as a service would run it. Each worker has its own profile folder (two soffice processes cannot share
/// one), made on a first untimed conversion.
/// </summary>
public sealed class LibreOfficeConverter(string folder, int worker)
{
    private readonly string _profile = Path.Combine(folder, $"lo-profile-{worker}");
    private readonly string _output = Path.Combine(folder, $"lo-out-{worker}");

    public static bool Installed => File.Exists("/usr/bin/soffice");

    /// <summary>Converts the DOCX and returns the PDF's bytes.</summary>
    public async Task<byte[]> ConvertAsync(byte[] docx, int number)
    {
        Directory.CreateDirectory(_output);
        var input = Path.Combine(_output, $"analysis-{number}.docx");
        await File.WriteAllBytesAsync(input, docx);
        var start = new ProcessStartInfo("/usr/bin/soffice")
        {
            ArgumentList =
            {
                $"-env:UserInstallation=file://{_profile}",
                "--headless",
                "--norestore",
                "--nologo",
                "--convert-to",
                "pdf",
                "--outdir",
                _output,
                input,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = _profile;
        using var soffice = Process.Start(start)!;
        var output = soffice.StandardOutput.ReadToEndAsync();
        var errors = soffice.StandardError.ReadToEndAsync();
        await soffice.WaitForExitAsync();
        var pdf = Path.ChangeExtension(input, ".pdf");
        if (soffice.ExitCode != 0 || !File.Exists(pdf))
            throw new InvalidOperationException($"soffice exited {soffice.ExitCode}: {await output}{await errors}");
        return await File.ReadAllBytesAsync(pdf);
    }
}
