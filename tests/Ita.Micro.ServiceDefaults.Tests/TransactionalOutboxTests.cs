using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using Ita.Micro.ServiceDefaults.Tests.Messages;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary>The data and the message commit together or not at all.</summary>
public sealed class TransactionalOutboxTests : IDisposable
{
    private readonly WidgetsDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static WidgetShipped Shipped(Widget widget) =>
        new()
        {
            WidgetId = widget.Id,
            Name = widget.Name,
            ShippedAtUtc = new DateTime(2025, 10, 1, 8, 0, 0, DateTimeKind.Utc),
        };

    [Fact]
    public async Task A_row_and_a_message_saved_in_one_SaveChanges_are_both_stored()
    {
        await using (var db = _database.Open())
        {
            var widget = new Widget { Id = 7, Name = "sprocket" };
            db.Widgets.Add(widget);
            db.Publish(Shipped(widget));
            await db.SaveChangesAsync();
        }

        await using var check = _database.Open();
        Assert.Equal("sprocket", Assert.Single(await check.Widgets.ToListAsync()).Name);
        var row = Assert.Single(await check.OutboxMessages.ToListAsync());
        Assert.Null(row.SentAtUtc);
        Assert.Equal(0, row.Attempts);
        Assert.NotEqual(Guid.Empty, row.MessageId);
    }

    [Fact]
    public async Task A_row_and_a_message_saved_in_a_transaction_that_is_rolled_back_are_neither_stored()
    {
        await using (var db = _database.Open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var widget = new Widget { Id = 7, Name = "sprocket" };
            db.Widgets.Add(widget);
            db.Publish(Shipped(widget));
            await db.SaveChangesAsync();
            // Saved inside the transaction: visible to it, not yet committed.
            Assert.Equal(1, await db.OutboxMessages.CountAsync());
            await transaction.RollbackAsync();
        }

        await using var check = _database.Open();
        Assert.Empty(await check.Widgets.ToListAsync());
        Assert.Empty(await check.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task A_save_that_fails_stores_neither_the_row_nor_its_message()
    {
        await using (var db = _database.Open())
        {
            db.Widgets.Add(new Widget { Id = 1, Name = "sprocket" });
            await db.SaveChangesAsync();
        }

        await using (var db = _database.Open())
        {
            var duplicate = new Widget { Id = 2, Name = "sprocket" }; // the unique name refuses it
            db.Widgets.Add(duplicate);
            db.Publish(Shipped(duplicate));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = _database.Open();
        Assert.Equal([1], await check.Widgets.Select(w => w.Id).ToListAsync());
        Assert.Empty(await check.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task A_queued_message_keeps_its_type_its_body_and_the_trace_that_wrote_it()
    {
        using var writing = new Activity("write widget").SetIdFormat(ActivityIdFormat.W3C).Start();
        var message = Shipped(new Widget { Id = 7, Name = "sprocket" });
        await using (var db = _database.Open())
        {
            db.Publish(message);
            await db.SaveChangesAsync();
        }
        writing.Stop();

        await using var check = _database.Open();
        var row = Assert.Single(await check.OutboxMessages.ToListAsync());
        Assert.Equal(typeof(WidgetShipped), Type.GetType(row.MessageType, throwOnError: true));
        Assert.Equal(message, JsonSerializer.Deserialize<WidgetShipped>(row.Body, JsonSerializerOptions.Web));
        Assert.Equal(writing.Id, row.TraceParent);
        Assert.StartsWith($"00-{writing.TraceId}-", row.TraceParent);
    }

    [Fact]
    public async Task Each_queued_message_gets_its_own_message_id()
    {
        await using (var db = _database.Open())
        {
            for (var i = 1; i <= 3; i++)
                db.Publish(Shipped(new Widget { Id = i, Name = $"w{i}" }));
            await db.SaveChangesAsync();
        }

        await using var check = _database.Open();
        var ids = await check.OutboxMessages.Select(m => m.MessageId).ToListAsync();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, ids);
    }
}
