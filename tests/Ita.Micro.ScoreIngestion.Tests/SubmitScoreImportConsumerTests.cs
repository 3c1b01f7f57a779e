using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Consumers;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ScoreIngestion.Tests.TestData;
using Ita.Micro.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>
/// The consumer takes an integration's import into the same pipeline as HTTP: it stores the rows as received and
/// queues the import; <see cref="ImportProcessor"/> (run here directly instead of by the background worker)
/// records them and writes the answer to the outbox.
/// </summary>
public sealed class SubmitScoreImportConsumerTests : IAsyncLifetime
{
    private static readonly string RecordedType = typeof(AssessmentRecorded).AssemblyQualifiedName!;
    private static readonly string CompletedType = typeof(ScoreImportCompleted).AssemblyQualifiedName!;

    private ConsumerHarness<IngestionDbContext> _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await ConsumerHarness<IngestionDbContext>.StartAsync<SubmitScoreImportConsumer>(
            o => new IngestionDbContext(o),
            (services, database) =>
            {
                // The raw files are kept beside the database, as the service keeps them under Database:DataDirectory.
                services.AddSingleton(Options.Create(new DatabaseOptions { DataDirectory = database.Folder }));
                services.AddOptions<ImportOptions>();
                services.AddSingleton<RawFileStore>();
                services.AddSingleton<ImportQueue>();
                services.AddSingleton<ICodeBooks>(new CodeBookStore());
                services.AddScoped<ImportIntake>();
                services.AddScoped<ImportProcessor>();
                services.AddSingleton(new ActivitySource("score-ingestion"));
                services.AddHttpClient(SubmitScoreImportConsumer.HttpClientName);
            }
        );
        await using var db = _harness.Database.Open();
        db.Organisations.Add(
            new Organisation
            {
                Code = Organisations.MaeChan.Code,
                Name = Organisations.MaeChan.Name,
                Type = Organisations.MaeChan.Type,
                Province = Organisations.MaeChan.Province,
                District = Organisations.MaeChan.District,
                UpdatedAtUtc = DateTime.UtcNow,
            }
        );
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_valid_command_is_queued_as_a_broker_import_that_answers_when_done()
    {
        var command = Commands.Submit();

        var fault = await _harness.ConsumeAsync(command);

        Assert.Null(fault);
        var import = await _harness.QueryAsync(db => db.Imports.SingleAsync());
        // Over the broker the submitter is the integration that sent the command.
        Assert.Equal(
            (command.ImportId, "broker", "integration-test", "integration-test"),
            (import.Id, import.Channel, import.Source, import.SubmittedBy)
        );
        Assert.Equal((ImportStatus.Queued, true), (import.Status, import.ReplyWhenDone));
        Assert.True(_harness.Services.GetRequiredService<ImportQueue>().TryTake(out var queued));
        Assert.Equal(command.ImportId, queued);
    }

    [Fact]
    public async Task A_processed_command_stores_the_assessments_and_queues_their_events_and_the_completion_in_the_outbox()
    {
        var command = Commands.Submit();

        await _harness.ConsumeAsync(command);
        await ProcessAsync(command.ImportId);

        var import = await _harness.QueryAsync(db => db.Imports.SingleAsync());
        Assert.Equal(
            (ImportStatus.Completed, 2, 2, 0),
            (import.Status, import.RowsRead, import.Recorded, import.Unchanged)
        );
        Assert.Equal(
            [2567, 2568],
            await _harness.QueryAsync(db =>
                db.Assessments.OrderBy(a => a.FiscalYear).Select(a => a.FiscalYear).ToListAsync()
            )
        );

        var outbox = await _harness.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([RecordedType, RecordedType, CompletedType], outbox.Select(m => m.MessageType));
        var completed = JsonSerializer.Deserialize<ScoreImportCompleted>(outbox[^1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (command.ImportId, 2, 2, 0),
            (completed.ImportId, completed.RowsRead, completed.Recorded, completed.Unchanged)
        );
        Assert.Empty(completed.Errors);
        var recorded = JsonSerializer.Deserialize<AssessmentRecorded>(outbox[1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (2568, 1, command.ImportId, 90.17m),
            (recorded.FiscalYear, recorded.Revision, recorded.ImportId, recorded.PreviousYearTotal)
        );
    }

    [Fact]
    public async Task The_same_import_id_sent_twice_is_imported_once()
    {
        var command = Commands.Submit();

        await _harness.ConsumeAsync(command);
        var again = await _harness.ConsumeAsync(command with { SubmittedAtUtc = DateTime.UtcNow });
        await ProcessAsync(command.ImportId);

        Assert.Null(again);
        Assert.Equal(1, await _harness.QueryAsync(db => db.Imports.CountAsync()));
        Assert.Equal(2, await _harness.QueryAsync(db => db.Assessments.CountAsync()));
        Assert.Equal(3, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_new_import_of_the_same_scores_records_nothing_but_still_reports_completion()
    {
        var first = Commands.Submit();
        await _harness.ConsumeAsync(first);
        await ProcessAsync(first.ImportId);

        var second = Commands.Submit();
        await _harness.ConsumeAsync(second);
        await ProcessAsync(second.ImportId);

        Assert.Equal(2, await _harness.QueryAsync(db => db.Assessments.CountAsync()));
        var outbox = await _harness.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([RecordedType, RecordedType, CompletedType, CompletedType], outbox.Select(m => m.MessageType));
        var completed = JsonSerializer.Deserialize<ScoreImportCompleted>(outbox[^1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal((second.ImportId, 0, 2), (completed.ImportId, completed.Recorded, completed.Unchanged));
    }

    [Fact]
    public async Task Rows_with_errors_are_reported_in_the_completion_with_their_row_and_field()
    {
        var command = Commands.Submit(
            null,
            AssessmentBuilder.PreviousYear().Build(),
            new AssessmentBuilder().WithTotal(100.01m).Build()
        );

        await _harness.ConsumeAsync(command);
        await ProcessAsync(command.ImportId);

        var outbox = await _harness.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([RecordedType, CompletedType], outbox.Select(m => m.MessageType));
        var completed = JsonSerializer.Deserialize<ScoreImportCompleted>(outbox[^1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal((2, 1), (completed.RowsRead, completed.Recorded));
        var error = Assert.Single(completed.Errors);
        Assert.StartsWith("row 2, scores.total:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_without_rows_or_a_file_is_answered_with_the_reason_and_faults_without_storing_anything()
    {
        var command = Commands.Submit() with { Assessments = null };

        var fault = await _harness.ConsumeAsync(command);

        Assert.IsType<ValidationException>(fault);
        await AssertRefusedAsync(command.ImportId);
    }

    [Fact]
    public async Task A_file_url_on_a_host_not_trusted_is_refused_without_fetching_it()
    {
        var command = Commands.Submit() with { Assessments = null, FileUrl = "http://192.0.2.1/scores.csv" };

        var fault = await _harness.ConsumeAsync(command);

        Assert.IsType<ValidationException>(fault);
        await AssertRefusedAsync(command.ImportId);
    }

    private async Task AssertRefusedAsync(Guid importId)
    {
        Assert.True(
            await _harness.Harness.Published.Any<ScoreImportCompleted>(m => m.Context.Message.ImportId == importId)
        );
        var completed = _harness.Harness.Published.Select<ScoreImportCompleted>().Single().Context.Message;
        Assert.Equal((0, 0), (completed.RowsRead, completed.Recorded));
        Assert.NotEmpty(Assert.Single(completed.Errors));
        Assert.True(await _harness.Harness.Published.Any<Fault<SubmitScoreImport>>());
        Assert.Equal(0, await _harness.QueryAsync(db => db.Imports.CountAsync()));
        Assert.Equal(0, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    /// <summary>What the background worker does with a queued import.</summary>
    private async Task ProcessAsync(Guid importId)
    {
        await using var scope = _harness.Services.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<ImportProcessor>()
            .ProcessAsync(importId, CancellationToken.None);
    }
}
