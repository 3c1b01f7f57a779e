namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>Prints a DOCX to PDF with LibreOffice (Debian libreoffice-writer-nogui), as an officer's office suite would.</summary>
public static class LibreOffice
{
    /// <summary>Writes the DOCX into the folder, prints it and returns the PDF's path.</summary>
    public static async Task<string> PrintAsync(byte[] docx, string folder, string name)
    {
        var source = Path.Combine(folder, name + ".docx");
        await File.WriteAllBytesAsync(source, docx);
        // A profile of its own, so that runs side by side (or a desktop LibreOffice) do not share a lock.
        var profile = Path.Combine(folder, "lo-profile-" + name);
        // LibreOffice starts slowly on a loaded machine.
        await ExternalTool.RunAsync(
            TimeSpan.FromMinutes(4),
            "soffice",
            "-env:UserInstallation=file://" + profile,
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            folder,
            source
        );
        var pdf = Path.ChangeExtension(source, ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {source}");
        return pdf;
    }
}
