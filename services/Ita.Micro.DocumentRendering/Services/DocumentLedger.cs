using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// Records a document with the data it is made from and queues its rendering, in the caller's unit of work (the
/// caller saves). Data already rendered for the same kind and subject is the same document: rendering it again is free.
/// A new set of data is the next version of the subject's document.
/// </summary>
public static class DocumentLedger
{
    public static async Task<(DocumentRecord Document, bool Created)> RecordAsync(
        DocumentsDbContext db,
        DocumentKind kind,
        string subject,
        string organisationCode,
        string organisationName,
        string? province,
        int fiscalYear,
        object data,
        RenderPriority priority,
        CancellationToken cancellationToken
    )
    {
        province = OrganisationScope.BareProvince(province);
        var json = JsonSerializer.Serialize(data, data.GetType(), ContractJson.Options);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var existing = await db.Documents.FirstOrDefaultAsync(
            d =>
                d.Kind == kind
                && d.OrganisationCode == organisationCode
                && d.FiscalYear == fiscalYear
                && d.DataHash == hash,
            cancellationToken
        );
        if (existing is not null)
        {
            // Documents made before provinces were kept learn theirs here, so their overseers can read them.
            existing.Province ??= province;
            return (existing, false);
        }

        var latest = await db
            .Documents.Where(d => d.Kind == kind && d.Subject == subject)
            .MaxAsync(d => (int?)d.Version, cancellationToken)
            ?? 0;
        var document = new DocumentRecord
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Subject = subject,
            Version = latest + 1,
            OrganisationCode = organisationCode,
            OrganisationName = organisationName,
            Province = province,
            FiscalYear = fiscalYear,
            DataJson = json,
            DataHash = hash,
            Status = DocumentStatus.Pending,
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.Documents.Add(document);
        QueueRender(db, document, document.CreatedAtUtc, priority);
        return (document, true);
    }

    /// <summary>Asks for the document to be rendered, in the caller's unit of work (the caller saves).</summary>
    public static void QueueRender(
        DocumentsDbContext db,
        DocumentRecord document,
        DateTime requestedAtUtc,
        RenderPriority priority
    ) =>
        db.Publish(
            new RenderDocument
            {
                DocumentId = document.Id,
                Kind = document.Kind,
                OrganisationCode = document.OrganisationCode,
                FiscalYear = document.FiscalYear,
                RequestedAtUtc = requestedAtUtc,
                Priority = priority,
            }
        );
}
