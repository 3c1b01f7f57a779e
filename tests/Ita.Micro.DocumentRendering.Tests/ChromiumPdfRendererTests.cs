using System.Diagnostics;
using System.Text.RegularExpressions;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

public sealed partial class ChromiumPdfRendererTests(RendererFixture fixture, ITestOutputHelper output)
    : IClassFixture<RendererFixture>
{
    private static readonly DateOnly PreparedOn = new(2025, 11, 22);

    [Fact]
    public async Task The_seed_organisations_analysis_renders_to_an_A4_PDF_with_its_name_total_and_change()
    {
        var emblem = await EmblemLoader.LoadAsync(
            RepoPaths.Garuda,
            fixture.Renderer,
            NullLogger.Instance,
            CancellationToken.None
        );
        var options = new AnalysisReportOptions(PreparedOn, Emblem: emblem);
        var html = AnalysisReport.Html(
            new AnalysisBuilder(Organisations.MaeChan).Build(),
            new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build(),
            options
        );

        var pdf = await fixture.Renderer.RenderAsync(html, CancellationToken.None);

        var path = await SaveAsync(pdf, "analysis-seed.pdf");
        var text = await ExternalTool.RunAsync("pdftotext", "-layout", path, "-");
        Assert.Contains("เทศบาลตำบลแม่จัน", text, StringComparison.Ordinal);
        Assert.Contains("๘๕.๗๑", text, StringComparison.Ordinal);
        Assert.Contains("๔.๔๖", text, StringComparison.Ordinal);

        var info = await ExternalTool.RunAsync("pdfinfo", path);
        var size = PageSize().Match(info);
        Assert.True(size.Success, info);
        Assert.InRange(double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 596);
        Assert.InRange(double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
        output.WriteLine(path);
    }

    [Fact]
    public async Task A_document_that_asks_for_the_network_or_a_local_file_still_renders_and_the_request_is_blocked()
    {
        const string html =
            "<!DOCTYPE html><html><body><p>ทดสอบ</p><img src=\"http://192.0.2.1:8080/x.png\"><img src=\"file:///etc/passwd\"></body></html>";

        var pdf = await fixture.Renderer.RenderAsync(html, CancellationToken.None);

        var text = await ExternalTool.RunAsync("pdftotext", await SaveAsync(pdf, "blocked.pdf"), "-");
        Assert.Contains("ทดสอบ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.Contains(fixture.Logger.Entries, e =>
            e.EventId.Id == 7 && e.Message.Contains("192.0.2.1", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Scripts_in_a_document_do_not_run()
    {
        const string html =
            "<!DOCTYPE html><html><body><p id=\"p\">ก่อน</p><script>document.getElementById('p').textContent='หลัง'</script></body></html>";

        var pdf = await fixture.Renderer.RenderAsync(html, CancellationToken.None);

        var text = await ExternalTool.RunAsync("pdftotext", await SaveAsync(pdf, "script.pdf"), "-");
        Assert.Contains("ก่อน", text, StringComparison.Ordinal);
        Assert.DoesNotContain("หลัง", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_renders_share_the_warm_pages_and_all_succeed()
    {
        var html = AnalysisReport.Html(
            new AnalysisBuilder(Organisations.MaeChan).Build(),
            new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build(),
            new AnalysisReportOptions(PreparedOn)
        );
        await fixture.Renderer.RenderAsync(html, CancellationToken.None);

        var started = Stopwatch.GetTimestamp();
        var pdfs = await Task.WhenAll(
            Enumerable.Range(0, 12).Select(_ => fixture.Renderer.RenderAsync(html, CancellationToken.None))
        );
        var elapsed = Stopwatch.GetElapsedTime(started);

        Assert.All(pdfs, pdf => Assert.True(pdf.Length > 1000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8)));
        output.WriteLine($"12 renders in {elapsed.TotalMilliseconds:F0} ms ({12 / elapsed.TotalSeconds:F1} PDF/s)");
    }

    [Fact]
    public async Task A_kept_image_is_printed_from_every_warm_page_and_user_text_naming_its_placeholder_stays_text()
    {
        var square =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></svg>"u8.ToArray();
        var jpeg = await fixture.Renderer.RasteriseAsync(
            "data:image/svg+xml;base64," + Convert.ToBase64String(square),
            48,
            48,
            jpegQuality: 90
        );
        var dataUri = "data:image/jpeg;base64," + Convert.ToBase64String(jpeg);
        fixture.Renderer.KeepImage(dataUri);
        var html =
            $"<!DOCTYPE html><html><body><img src=\"{dataUri}\" style=\"width:2cm\"><p>&quot;about:ita-kept-image&quot; ตราครุฑ</p></body></html>";

        // More documents at once than the pool has pages, so that every page prints one.
        var pdfs = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => fixture.Renderer.RenderAsync(html, CancellationToken.None))
        );

        for (var i = 0; i < pdfs.Length; i++)
        {
            var path = await SaveAsync(pdfs[i], $"kept-{i}.pdf");
            var images = (await ExternalTool.RunAsync("pdfimages", "-list", path))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Skip(2)
                .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToList();
            var image = Assert.Single(images);
            Assert.Equal(["48", "48"], image[3..5]);
            Assert.Equal("jpeg", image[8]);
            Assert.Contains(
                "\"about:ita-kept-image\"",
                await ExternalTool.RunAsync("pdftotext", path, "-"),
                StringComparison.Ordinal
            );
        }
    }

    private static async Task<string> SaveAsync(byte[] pdf, string name)
    {
        // Kept in the test output folder so that a failed run leaves the PDF to look at.
        var folder = Path.Combine(AppContext.BaseDirectory, "rendered");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, pdf);
        return path;
    }

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}
