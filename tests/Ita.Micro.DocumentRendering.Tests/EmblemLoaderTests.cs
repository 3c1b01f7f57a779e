using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>The deployment's emblem file becomes the images every document carries, or nothing (the marked box).</summary>
public sealed class EmblemLoaderTests(RendererFixture chromium) : IClassFixture<RendererFixture>
{
    [Fact]
    public async Task The_shared_svg_becomes_a_square_png_and_jpeg_of_print_resolution()
    {
        Assert.NotNull(RepoPaths.Garuda);

        var emblem = await EmblemLoader.LoadAsync(
            RepoPaths.Garuda,
            chromium.Renderer,
            NullLogger.Instance,
            CancellationToken.None
        );

        Assert.NotNull(emblem);
        Assert.Equal((EmblemLoader.SvgPixels, EmblemLoader.SvgPixels), (emblem.Width, emblem.Height));
        Assert.StartsWith("data:image/jpeg;base64,", emblem.DataUri, StringComparison.Ordinal);
        Assert.Equal([0xFF, 0xD8, 0xFF], emblem.PrintJpeg[..3]);
    }

    [Fact]
    public async Task A_missing_file_gives_no_emblem_so_documents_show_the_marked_box()
    {
        var emblem = await EmblemLoader.LoadAsync(
            "/nonexistent/garuda.svg",
            chromium.Renderer,
            NullLogger.Instance,
            CancellationToken.None
        );

        Assert.Null(emblem);
    }

    [Theory]
    [InlineData("/emblem/garuda.gif")]
    [InlineData("/emblem/garuda")]
    public void Only_svg_and_png_files_are_accepted(string path) => Assert.False(EmblemLoader.IsSupported(path));

    [Fact]
    public void A_file_that_is_not_a_png_is_refused_rather_than_printed_as_a_broken_image() =>
        Assert.Throws<ArgumentException>(() =>
            EmblemImage.PngSize("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray())
        );
}
