using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.Analysis.Peers;

internal sealed class PeerAggregateConfiguration : IEntityTypeConfiguration<PeerAggregate>
{
    public void Configure(EntityTypeBuilder<PeerAggregate> e)
    {
        e.ToTable("PeerAggregates");
        e.HasKey(a => new
        {
            a.FiscalYear,
            a.Scope,
            a.ScopeKey,
            a.Measure,
        });
        e.Property(a => a.Scope).HasMaxLength(10);
        e.Property(a => a.ScopeKey).HasMaxLength(100);
        // A primitive collection: EF stores the twenty counts as one JSON array column on both providers.
        e.PrimitiveCollection(a => a.Histogram).HasMaxLength(200);
        e.Property(a => a.Version).IsConcurrencyToken();
    }
}
