using Ita.Micro.DocumentRendering.Services;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>One warm Chromium shared by a test class, with its profile in a temporary folder.</summary>
public sealed class RendererFixture : IAsyncLifetime
{
    public string UserDataRoot { get; } =
        Path.Combine(Path.GetTempPath(), "ita-docrender-tests-" + Guid.NewGuid().ToString("N"));

    public RecordingLogger<ChromiumPdfRenderer> Logger { get; } = new();

    public ChromiumPdfRenderer Renderer { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Renderer = new ChromiumPdfRenderer(new ChromiumOptions { UserDataRoot = UserDataRoot }, Logger);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Renderer.DisposeAsync();
        if (Directory.Exists(UserDataRoot))
            Directory.Delete(UserDataRoot, recursive: true);
    }
}
