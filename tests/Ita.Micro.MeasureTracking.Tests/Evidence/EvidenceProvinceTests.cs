using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Consumers;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>An organisation moved in the registry: its evidence links' events name its new province.</summary>
public sealed class EvidenceProvinceTests
{
    [Fact]
    public async Task A_moved_organisation_s_evidence_links_take_its_new_province_and_others_keep_theirs()
    {
        await using var harness =
            await ConsumerHarness<MeasureTrackingDbContext>.StartAsync<OrganisationRegisteredConsumer>(
                o => new MeasureTrackingDbContext(o)
            );
        EvidenceEntry Link(string code) =>
            new()
            {
                Id = Guid.NewGuid(),
                OrganisationCode = code,
                Province = "ตาก",
                FiscalYear = 2569,
                ItemCode = "O1",
                Url = "https://example.go.th/o1",
                Title = "โครงสร้าง",
                AddedBy = "officer",
                AddedAtUtc = DateTime.UtcNow,
                NextCheckAtUtc = DateTime.UtcNow,
            };
        await harness.QueryAsync(async db =>
        {
            db.Evidence.AddRange(Link(Organisations.MaeChan.Code), Link("6630802"));
            return await db.SaveChangesAsync();
        });

        Assert.Null(
            await harness.ConsumeAsync(
                new OrganisationRegistered
                {
                    Organisation = Organisations.MaeChan with { Province = "เชียงราย" },
                    RegisteredAtUtc = DateTime.UtcNow,
                }
            )
        );

        var provinces = await harness.QueryAsync(db =>
            db.Evidence.AsNoTracking().OrderBy(e => e.OrganisationCode).Select(e => e.Province).ToListAsync()
        );
        Assert.Equal(["เชียงราย", "ตาก"], provinces);
    }
}
