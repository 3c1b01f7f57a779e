using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>Document rendering in-process as it runs: a fresh SQLite folder, the real broker, its own Chromium folder, the shared Garuda.</summary>
public sealed class DocumentsApp(RabbitMqBroker broker)
    : ServiceApp<Program, DocumentsDbContext>(broker, "document-rendering")
{
    public string ChromiumRoot { get; } =
        Path.Combine(Path.GetTempPath(), "ita-docs-app-chromium-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Chromium:UserDataRoot", ChromiumRoot);
        builder.UseSetting("Documents:EmblemPath", RepoPaths.Garuda ?? "");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // A leftover temp folder is harmless.
        try
        {
            Directory.Delete(ChromiumRoot, recursive: true);
        }
        catch (IOException) { }
    }
}
