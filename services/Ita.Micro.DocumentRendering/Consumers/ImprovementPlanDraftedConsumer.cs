using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// A drafted plan completes what the analysis document needs: record the document with its data and ask for it
/// to be rendered. The same data asked for again is the same document, rendered once.
/// </summary>
public sealed class ImprovementPlanDraftedConsumer(DocumentsDbContext db, ILogger<ImprovementPlanDraftedConsumer> logger)
    : IConsumer<ImprovementPlanDrafted>
{
    public async Task Consume(ConsumeContext<ImprovementPlanDrafted> context)
    {
        var plan = context.Message;
        var ct = context.CancellationToken;
        if (!await db.TryBeginProcessingAsync(context.MessageId, nameof(ImprovementPlanDraftedConsumer), ct)) return;

        var snapshot = await db.Analyses.FirstOrDefaultAsync(a => a.OrganisationCode == plan.Organisation.Code
            && a.FiscalYear == plan.AssessedFiscalYear && a.Revision == plan.AnalysisRevision, ct)
            ?? throw new AnalysisNotReceivedException(plan.Organisation.Code, plan.AssessedFiscalYear, plan.AnalysisRevision);

        var analysis = JsonSerializer.Deserialize<AssessmentAnalysed>(snapshot.Json, JsonSerializerOptions.Web)!;
        var dataJson = JsonSerializer.Serialize(new DocumentData(analysis, plan with { DraftedAtUtc = default }), ContractJson.Options);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataJson)));
        if (await db.Documents.AnyAsync(d => d.Kind == DocumentKind.Analysis && d.OrganisationCode == plan.Organisation.Code
                && d.FiscalYear == plan.AssessedFiscalYear && d.DataHash == hash, ct))
        {
            logger.LogInformation("Analysis document of {OrganisationCode} {FiscalYear} already made from the same data",
                plan.Organisation.Code, plan.AssessedFiscalYear);
            await db.SaveChangesAsync(ct);
            return;
        }

        var document = new DocumentRecord
        {
            Id = Guid.NewGuid(),
            Kind = DocumentKind.Analysis,
            OrganisationCode = plan.Organisation.Code,
            OrganisationName = plan.Organisation.Name,
            FiscalYear = plan.AssessedFiscalYear,
            DataJson = dataJson,
            DataHash = hash,
            Status = DocumentStatus.Pending,
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.Documents.Add(document);
        db.Publish(new RenderDocument
        {
            DocumentId = document.Id, Kind = document.Kind, OrganisationCode = document.OrganisationCode,
            FiscalYear = document.FiscalYear, RequestedAtUtc = document.CreatedAtUtc,
        });
        await db.SaveChangesAsync(ct);
    }
}
