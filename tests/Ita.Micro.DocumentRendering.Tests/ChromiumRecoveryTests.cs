using System.Diagnostics;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.Testing;

namespace Ita.Micro.DocumentRendering.Tests;

public sealed class ChromiumRecoveryTests
{
    private const string Html =
        "<!DOCTYPE html><html lang=\"th\"><body><p>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</p></body></html>";

    [Fact]
    public async Task A_render_after_the_browser_process_was_killed_launches_a_new_browser_and_succeeds_with_the_kept_image()
    {
        var root = Path.Combine(Path.GetTempPath(), "ita-docrender-tests-" + Guid.NewGuid().ToString("N"));
        var logger = new RecordingLogger<ChromiumPdfRenderer>();
        try
        {
            await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions { UserDataRoot = root }, logger);
            await renderer.RenderAsync(Html, CancellationToken.None);

            var square =
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();
            var jpeg = await renderer.RasteriseAsync(
                "data:image/svg+xml;base64," + Convert.ToBase64String(square),
                32,
                32,
                jpegQuality: 90
            );
            var dataUri = "data:image/jpeg;base64," + Convert.ToBase64String(jpeg);
            renderer.KeepImage(dataUri);
            var browser = BrowserProcessUnder(root);
            browser.Kill();
            await browser.WaitForExitAsync();

            var pdf = await renderer.RenderAsync(
                Html.Replace("<body>", $"<body><img src=\"{dataUri}\">", StringComparison.Ordinal),
                CancellationToken.None
            );

            Assert.True(pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8));
            // The new browser's pages keep the image too.
            var path = Path.Combine(root, "after-kill.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            Assert.Contains(
                " jpeg ",
                await ExternalTool.RunAsync("pdfimages", "-list", path),
                StringComparison.Ordinal
            );
            Assert.Equal(2, logger.Entries.Count(e => e.EventId.Id == 1));
            Assert.NotEqual(browser.Id, BrowserProcessUnder(root).Id);
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Renders_in_flight_when_the_browser_dies_are_retried_on_a_new_browser_and_all_succeed()
    {
        var root = Path.Combine(Path.GetTempPath(), "ita-docrender-tests-" + Guid.NewGuid().ToString("N"));
        var html =
            "<!DOCTYPE html><html lang=\"th\"><body>"
            + string.Concat(Enumerable.Repeat("<p>ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ได้ ๗๒.๓๐ คะแนน</p>", 1500))
            + "</body></html>";
        var logger = new RecordingLogger<ChromiumPdfRenderer>();
        try
        {
            await using var renderer = new ChromiumPdfRenderer(new ChromiumOptions { UserDataRoot = root }, logger);
            await renderer.RenderAsync(html, CancellationToken.None);

            var renders = Enumerable
                .Range(0, 6)
                .Select(_ => renderer.RenderAsync(html, CancellationToken.None))
                .ToArray();
            await Eventually.HoldsAsync(
                () => renderer.PagesInUse > 0,
                TimeSpan.FromSeconds(30),
                "a render printing",
                TimeSpan.FromMilliseconds(1)
            );
            BrowserProcessUnder(root).Kill();
            var pdfs = await Task.WhenAll(renders);

            Assert.All(pdfs, pdf => Assert.True(pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8)));
            // The kill landed mid-print: a render was retried, on a second browser.
            Assert.Contains(logger.Entries, e => e.EventId.Id == 6);
            Assert.Equal(2, logger.Entries.Count(e => e.EventId.Id == 1));
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_render_cancelled_midway_throws_and_the_pool_keeps_working()
    {
        var root = Path.Combine(Path.GetTempPath(), "ita-docrender-tests-" + Guid.NewGuid().ToString("N"));
        var html =
            "<!DOCTYPE html><html lang=\"th\"><body>"
            + string.Concat(Enumerable.Repeat("<p>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</p>", 2000))
            + "</body></html>";
        try
        {
            await using var renderer = new ChromiumPdfRenderer(
                new ChromiumOptions { UserDataRoot = root },
                new RecordingLogger<ChromiumPdfRenderer>()
            );
            await renderer.RenderAsync(Html, CancellationToken.None);

            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(10));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => renderer.RenderAsync(html, cancel.Token));

            var pdfs = await Task.WhenAll(
                Enumerable.Range(0, 4).Select(_ => renderer.RenderAsync(Html, CancellationToken.None))
            );
            Assert.All(pdfs, pdf => Assert.True(pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8)));
        }
        finally
        {
            if (Directory.Exists(root))
                Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_user_data_root_equal_to_HOME_is_refused()
    {
        var home = Environment.GetEnvironmentVariable("HOME")
            ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        Assert.Throws<ArgumentException>(() =>
            new ChromiumPdfRenderer(
                new ChromiumOptions { UserDataRoot = home + "/" },
                new RecordingLogger<ChromiumPdfRenderer>()
            )
        );
    }

    private static Process BrowserProcessUnder(string root) =>
        BrowserProcesses.Under(root)
        ?? throw new InvalidOperationException("No Chromium browser process found for " + root);
}
