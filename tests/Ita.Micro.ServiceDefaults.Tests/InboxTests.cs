using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary>A consumer handles a message id once; the table's key settles two deliveries racing.</summary>
public sealed class InboxTests : IDisposable
{
    private readonly WidgetsDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_message_is_processed_once_per_consumer()
    {
        var messageId = Guid.NewGuid();
        await using (var db = _database.Open())
        {
            Assert.True(await db.TryBeginProcessingAsync(messageId, "analysis", CancellationToken.None));
            await db.SaveChangesAsync();
        }

        await using (var db = _database.Open())
        {
            Assert.False(await db.TryBeginProcessingAsync(messageId, "analysis", CancellationToken.None));
            // Another consumer of the same message keeps its own record.
            Assert.True(await db.TryBeginProcessingAsync(messageId, "measure-tracking", CancellationToken.None));
            await db.SaveChangesAsync();
        }

        await using var check = _database.Open();
        Assert.Equal(
            ["analysis", "measure-tracking"],
            await check
                .InboxMessages.Where(m => m.MessageId == messageId)
                .OrderBy(m => m.Consumer)
                .Select(m => m.Consumer)
                .ToListAsync()
        );
    }

    [Fact]
    public async Task A_delivery_whose_save_was_not_committed_is_processed_again()
    {
        var messageId = Guid.NewGuid();
        await using (var db = _database.Open())
        {
            Assert.True(await db.TryBeginProcessingAsync(messageId, "analysis", CancellationToken.None));
            // The consumer failed before SaveChanges: nothing records the message as handled.
        }

        await using var retry = _database.Open();
        Assert.True(await retry.TryBeginProcessingAsync(messageId, "analysis", CancellationToken.None));
    }

    [Fact]
    public async Task Two_deliveries_of_one_message_racing_cannot_both_commit()
    {
        var messageId = Guid.NewGuid();
        await using var first = _database.Open();
        await using var second = _database.Open();

        // Both look before either has saved, so both are let through ...
        Assert.True(await first.TryBeginProcessingAsync(messageId, "analysis", CancellationToken.None));
        Assert.True(await second.TryBeginProcessingAsync(messageId, "analysis", CancellationToken.None));
        first.Widgets.Add(new Widget { Name = "from the first delivery" });
        second.Widgets.Add(new Widget { Name = "from the second delivery" });

        // ... but only one can commit: the (MessageId, Consumer) key refuses the other, and its effect with it.
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        await using var check = _database.Open();
        Assert.Equal(1, await check.InboxMessages.CountAsync(m => m.MessageId == messageId));
        Assert.Equal(["from the first delivery"], await check.Widgets.Select(w => w.Name).ToListAsync());
    }
}
