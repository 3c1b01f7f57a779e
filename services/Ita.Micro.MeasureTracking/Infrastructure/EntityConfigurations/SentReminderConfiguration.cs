using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> e)
    {
        e.ToTable("SentReminders");
        e.HasKey(x => x.Key);
        e.Property(x => x.Key).HasMaxLength(300);
        e.Property(x => x.DeadlineKey).HasMaxLength(280);
        e.HasIndex(x => x.DueOn);
    }
}
