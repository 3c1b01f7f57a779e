using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Tests.TestData;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// Every page of each kind, rasterised by pdftoppm at 30 dpi in gray, matches its golden PNG in Goldens/ within a
/// tolerance (anti-aliasing differs a little between machines; a moved table or a lost line does not pass).
/// To regenerate after an intended change of layout, run these tests with UPDATE_GOLDENS=1 and look at the new PNGs
/// before committing them: UPDATE_GOLDENS=1 dotnet test tests/Ita.Micro.DocumentRendering.Tests --filter GoldenImageTests
/// </summary>
public sealed class GoldenImageTests(RendererFixture chromium) : IClassFixture<RendererFixture>, IDisposable
{
    // Share of pixels allowed to differ by more than a quarter of the gray range.
    private const double Tolerance = 0.004;

    private static readonly string Goldens = Path.Combine(
        RepoPaths.Root,
        "tests",
        "Ita.Micro.DocumentRendering.Tests",
        "Goldens"
    );

    private readonly DocumentFactory _factory = new(chromium.Renderer);

    public void Dispose() => _factory.Dispose();

    public static TheoryData<DocumentKind> Kinds =>
        new()
        {
            DocumentKind.Analysis,
            DocumentKind.Announcement,
            DocumentKind.ProgressReport,
            DocumentKind.Memo,
            DocumentKind.Summary,
        };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_page_matches_its_golden_image(DocumentKind kind)
    {
        var pdf = await _factory.PdfAsync(FixedDocuments.Of(kind));
        var prefix = Path.Combine(_factory.Folder, "page");
        await ExternalTool.RunAsync("pdftoppm", "-gray", "-r", "30", pdf, prefix);
        var pages = Directory.GetFiles(_factory.Folder, "page-*.pgm").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pages);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDENS") == "1")
        {
            Directory.CreateDirectory(Goldens);
            foreach (var old in Directory.GetFiles(Goldens, $"{kind}-*.png"))
                File.Delete(old);
            for (var i = 0; i < pages.Count; i++)
                await File.WriteAllBytesAsync(
                    Golden(kind, i + 1),
                    GrayImage.FromPgm(await File.ReadAllBytesAsync(pages[i])).ToPng()
                );
            return;
        }

        var goldens = Directory.Exists(Goldens) ? Directory.GetFiles(Goldens, $"{kind}-*.png").Length : 0;
        Assert.True(
            goldens == pages.Count,
            $"{kind} has {pages.Count} pages and {goldens} golden images: regenerate with UPDATE_GOLDENS=1 if the change is intended"
        );
        for (var i = 0; i < pages.Count; i++)
        {
            var actual = GrayImage.FromPgm(await File.ReadAllBytesAsync(pages[i]));
            var golden = GrayImage.FromPng(await File.ReadAllBytesAsync(Golden(kind, i + 1)));
            var difference = actual.DifferenceFrom(golden);
            if (difference > Tolerance)
                await File.WriteAllBytesAsync(
                    Path.Combine(Path.GetTempPath(), $"ita-golden-actual-{kind}-{i + 1}.png"),
                    actual.ToPng()
                );
            Assert.True(
                difference <= Tolerance,
                $"Page {i + 1} of {kind} differs from its golden in {difference:P2} of its pixels (allowed {Tolerance:P2}); the page is in {Path.GetTempPath()}ita-golden-actual-{kind}-{i + 1}.png"
            );
        }
    }

    [Fact]
    public void The_comparer_sees_a_moved_line_and_ignores_faint_noise()
    {
        var pixels = Enumerable.Repeat((byte)255, 100 * 100).ToArray();
        for (var x = 10; x < 90; x++)
            pixels[50 * 100 + x] = 0;
        var page = new GrayImage(100, 100, pixels);
        var moved = (byte[])pixels.Clone();
        for (var x = 10; x < 90; x++)
            (moved[50 * 100 + x], moved[60 * 100 + x]) = (255, 0);
        var noisy = pixels.Select((p, i) => (byte)(i % 7 == 0 ? Math.Max(0, p - 30) : p)).ToArray();

        Assert.True(new GrayImage(100, 100, moved).DifferenceFrom(page) > Tolerance);
        Assert.Equal(0, new GrayImage(100, 100, noisy).DifferenceFrom(page));
        Assert.Equal(0, GrayImage.FromPng(page.ToPng()).DifferenceFrom(page));
    }

    private static string Golden(DocumentKind kind, int page) => Path.Combine(Goldens, $"{kind}-{page}.png");
}
