using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>A <see cref="DocumentRenderer"/> on a shared Chromium writing into a folder of its own, and documents from fixed data.</summary>
public sealed class DocumentFactory(ChromiumPdfRenderer chromium, bool thaiDigits = true, string? emblemPath = "garuda")
    : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("ita-docs-").FullName;

    public DocumentRenderer Renderer =>
        field ??= new DocumentRenderer(
            chromium,
            Options.Create(
                new DocumentsOptions
                {
                    ThaiDigits = thaiDigits,
                    EmblemPath = emblemPath == "garuda" ? RepoPaths.Garuda : emblemPath,
                }
            ),
            Options.Create(new DatabaseOptions { DataDirectory = Folder }),
            new CodeBookStore(),
            NullLogger<DocumentRenderer>.Instance
        );

    public static DocumentRecord Record(DocumentKind kind, object data) =>
        RecordOfJson(kind, JsonSerializer.Serialize(data, data.GetType(), ContractJson.Options));

    /// <summary>A document of data already in the recorded form (JSON of the contracts).</summary>
    public static DocumentRecord RecordOfJson(DocumentKind kind, string json) =>
        new()
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            OrganisationCode = Organisations.MaeChan.Code,
            OrganisationName = Organisations.MaeChan.Name,
            FiscalYear = 2569,
            DataJson = json,
            DataHash = "test",
            // 10:00 on 22 November 2025 in Thai time: the analysis is dated ๒๒ พฤศจิกายน ๒๕๖๘.
            CreatedAtUtc = new DateTime(2025, 11, 22, 3, 0, 0, DateTimeKind.Utc),
        };

    /// <summary>Renders to PDF and returns the file's path.</summary>
    public async Task<string> PdfAsync(DocumentRecord document)
    {
        await Renderer.RenderToFileAsync(document, CancellationToken.None);
        return Renderer.PathOf(document);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
