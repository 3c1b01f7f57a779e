using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using Ita.Micro.ServiceDefaults.Tests.Messages;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary><see cref="OutboxDispatcher{TContext}.DispatchBatchAsync"/> over MassTransit's in-memory bus.</summary>
public sealed class OutboxDispatcherTests
{
    private const string UnloadableType = "Ita.Micro.Gone.WidgetScrapped, Ita.Micro.Gone";

    [Fact]
    public async Task Publishes_each_message_once_with_its_outbox_message_id_and_marks_it_sent()
    {
        await using var harness = await DispatcherHarness.StartAsync();
        var ids = await harness.WriteShipmentsAsync("sprocket", "flange", "gasket");
        var before = DateTime.UtcNow;

        Assert.Equal(3, await harness.DispatchAsync());

        Assert.Equal(Sorted([.. ids]), harness.Published().Order());
        // What MassTransit sent: the outbox row's id as the message id, the row's body as the message.
        Assert.Equal(
            Sorted([.. ids]),
            harness.Bus.Published.Select<WidgetShipped>().Select(m => m.Context.MessageId).Order()
        );
        var shipped = harness
            .Bus.Published.Select<WidgetShipped>()
            .Single(m => m.Context.MessageId == ids[1])
            .Context.Message;
        Assert.Equal("flange", shipped.Name);
        Assert.Equal(2, shipped.WidgetId);
        Assert.All(await harness.OutboxAsync(), row =>
        {
            Assert.NotNull(row.SentAtUtc);
            Assert.InRange(row.SentAtUtc.Value, before, DateTime.UtcNow);
            Assert.Equal(0, row.Attempts);
            Assert.Null(row.LastError);
        });
    }

    [Fact]
    public async Task Messages_sent_longer_ago_than_the_retention_are_deleted_and_the_rest_kept()
    {
        await using var harness = await DispatcherHarness.StartAsync(
            new OutboxOptions { KeepSentFor = TimeSpan.FromDays(7) }
        );
        var ids = await harness.WriteShipmentsAsync("old", "recent");
        await harness.DispatchAsync();
        await harness.UpdateOutboxAsync(ids[0], m => m.SentAtUtc = DateTime.UtcNow.AddDays(-8));
        await harness.UpdateOutboxAsync(ids[1], m => m.SentAtUtc = DateTime.UtcNow.AddDays(-6));
        // Not sent yet, though written long ago (the broker refused it for a week): never deleted.
        var unsent = (await harness.WriteShipmentsAsync("waiting"))[0];
        await harness.UpdateOutboxAsync(unsent, m => m.CreatedAtUtc = DateTime.UtcNow.AddDays(-30));

        Assert.Equal(1, await harness.Dispatcher.PruneSentAsync(CancellationToken.None));

        Assert.Equal([ids[1], unsent], (await harness.OutboxAsync()).Select(m => m.MessageId));
    }

    [Fact]
    public async Task A_second_dispatch_publishes_nothing_more()
    {
        await using var harness = await DispatcherHarness.StartAsync();
        await harness.WriteShipmentsAsync("sprocket", "flange");
        Assert.Equal(2, await harness.DispatchAsync());

        Assert.Equal(0, await harness.DispatchAsync());

        Assert.Equal(2, harness.Published().Count);
    }

    [Fact]
    public async Task Nothing_is_published_when_the_outbox_is_empty()
    {
        await using var harness = await DispatcherHarness.StartAsync();

        Assert.Equal(0, await harness.DispatchAsync());

        Assert.Empty(harness.Published());
    }

    [Fact]
    public async Task Takes_the_oldest_messages_first_one_batch_at_a_time()
    {
        await using var harness = await DispatcherHarness.StartAsync(new OutboxOptions { BatchSize = 2 });
        var ids = await harness.WriteShipmentsAsync("a", "b", "c", "d", "e");
        // Make every other order (creation time, message id) disagree with the order of writing (Id).
        await using (var db = harness.Database.Open())
        {
            var rows = await db.OutboxMessages.OrderBy(m => m.Id).ToListAsync();
            for (var i = 0; i < rows.Count; i++)
                rows[i].CreatedAtUtc = new DateTime(2030, 1, 1).AddDays(-i);
            await db.SaveChangesAsync();
        }
        var batches = new List<List<Guid?>>();

        for (var seen = 0; batches.Count < 4; seen = harness.Published().Count)
        {
            await harness.DispatchAsync();
            batches.Add(harness.Published().Skip(seen).Order().ToList());
        }

        Assert.Equal(Sorted(ids[0], ids[1]), batches[0]);
        Assert.Equal(Sorted(ids[2], ids[3]), batches[1]);
        Assert.Equal(Sorted(ids[4]), batches[2]);
        Assert.Empty(batches[3]);
    }

    [Fact]
    public async Task A_message_whose_type_cannot_be_loaded_is_kept_for_a_later_attempt_and_the_rest_of_the_batch_is_sent()
    {
        await using var harness = await DispatcherHarness.StartAsync();
        var first = (await harness.WriteShipmentsAsync("sprocket"))[0];
        var broken = await WriteUnloadableAsync(harness);
        var last = (await harness.WriteShipmentsAsync("flange"))[0];
        var before = DateTime.UtcNow;

        Assert.Equal(3, await harness.DispatchAsync());
        var after = DateTime.UtcNow;

        Assert.Equal(Sorted(first, last), harness.Published().Order());
        var row = await harness.OutboxMessageAsync(broken);
        Assert.Null(row.SentAtUtc);
        Assert.Equal(1, row.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(row.LastError));
        Assert.Contains("Ita.Micro.Gone", row.LastError);
        Assert.InRange(row.NextAttemptAtUtc, before.AddSeconds(1), after.AddSeconds(1)); // first back-off: 1 s
        Assert.NotNull((await harness.OutboxMessageAsync(first)).SentAtUtc);
        Assert.NotNull((await harness.OutboxMessageAsync(last)).SentAtUtc);
    }

    [Fact]
    public async Task A_publish_the_broker_never_confirms_is_given_up_after_the_timeout_and_kept_for_a_later_attempt()
    {
        await using var harness = await DispatcherHarness.StartAsync(
            new OutboxOptions { PublishTimeout = TimeSpan.FromMilliseconds(200) }
        );
        var held = (await harness.WriteShipmentsAsync("sprocket"))[0];
        var hold = harness.HoldPublishes();

        // Without the timeout this would wait for ever, and every later message behind it.
        Assert.Equal(1, await harness.DispatchAsync().WaitAsync(TimeSpan.FromSeconds(30)));

        var row = await harness.OutboxMessageAsync(held);
        Assert.Null(row.SentAtUtc);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("Not confirmed by the broker within 0.2 s", row.LastError);
        hold.Release();
    }

    [Fact]
    public async Task A_failed_message_is_not_tried_again_before_its_back_off_has_passed_and_is_tried_again_after()
    {
        await using var harness = await DispatcherHarness.StartAsync();
        var broken = await WriteUnloadableAsync(harness);
        Assert.Equal(1, await harness.DispatchAsync());

        Assert.Equal(0, await harness.DispatchAsync()); // still within its back-off
        Assert.Equal(1, (await harness.OutboxMessageAsync(broken)).Attempts);

        await harness.UpdateOutboxAsync(broken, m => m.NextAttemptAtUtc = DateTime.UtcNow.AddSeconds(-1));
        var before = DateTime.UtcNow;
        Assert.Equal(1, await harness.DispatchAsync());
        var after = DateTime.UtcNow;

        var row = await harness.OutboxMessageAsync(broken);
        Assert.Equal(2, row.Attempts);
        Assert.Null(row.SentAtUtc);
        Assert.InRange(row.NextAttemptAtUtc, before.AddSeconds(2), after.AddSeconds(2)); // second back-off: 2 s
    }

    [Fact]
    public async Task The_back_off_doubles_with_each_attempt_up_to_the_maximum()
    {
        await using var harness = await DispatcherHarness.StartAsync(
            new OutboxOptions { MaxBackoff = TimeSpan.FromSeconds(5) }
        );
        var broken = await WriteUnloadableAsync(harness);

        foreach (var expected in new[] { 1, 2, 4, 5, 5 })
        {
            await harness.UpdateOutboxAsync(broken, m => m.NextAttemptAtUtc = DateTime.UtcNow.AddSeconds(-1));
            var before = DateTime.UtcNow;
            Assert.Equal(1, await harness.DispatchAsync());
            var after = DateTime.UtcNow;
            Assert.InRange(
                (await harness.OutboxMessageAsync(broken)).NextAttemptAtUtc,
                before.AddSeconds(expected),
                after.AddSeconds(expected)
            );
        }
        Assert.Equal(5, (await harness.OutboxMessageAsync(broken)).Attempts);
    }

    [Fact]
    public async Task A_message_published_again_after_a_crash_keeps_its_id_and_the_inbox_processes_it_once()
    {
        await using var harness = await DispatcherHarness.StartAsync();
        var id = (await harness.WriteShipmentsAsync("sprocket"))[0];
        Assert.Equal(1, await harness.DispatchAsync());
        await harness.Deliveries.WaitForAsync(1, TimeSpan.FromSeconds(10));

        // The process died after the broker took the message but before the mark committed.
        await harness.UpdateOutboxAsync(id, m => m.SentAtUtc = null);
        Assert.Equal(1, await harness.DispatchAsync());
        var deliveries = await harness.Deliveries.WaitForAsync(2, TimeSpan.FromSeconds(10));

        Assert.Equal([id, id], harness.Published()); // at least once: the same id twice ...
        Assert.Equal([id, id], deliveries.Select(d => d.MessageId));
        Assert.Equal([true, false], deliveries.Select(d => d.Processed)); // ... processed once
        await using var db = harness.Database.Open();
        Assert.Equal(1, (await db.Widgets.SingleAsync()).Shipments);
        Assert.NotNull((await harness.OutboxMessageAsync(id)).SentAtUtc);
    }

    private static List<Guid?> Sorted(params Guid[] ids) => ids.Select(id => (Guid?)id).Order().ToList();

    private static async Task<Guid> WriteUnloadableAsync(DispatcherHarness harness)
    {
        // A contract type that no longer loads (a renamed or removed type, an assembly not deployed).
        await using var db = harness.Database.Open();
        var row = new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            MessageType = UnloadableType,
            Body = "{}",
            CreatedAtUtc = DateTime.UtcNow,
            NextAttemptAtUtc = DateTime.UtcNow,
        };
        db.OutboxMessages.Add(row);
        await db.SaveChangesAsync();
        return row.MessageId;
    }
}
