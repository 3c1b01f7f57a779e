using Ita.Micro.Analysis.Catalogue;

namespace Ita.Micro.Analysis.Tests.Catalogue;

public sealed class CatalogueStoreTests : IDisposable
{
    private readonly CatalogueDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static CatalogueMeasure[] SeedWith(params CatalogueMeasure[] extra) =>
        [.. MeasureCatalogue.Seed.Measures, .. extra];

    [Fact]
    public async Task With_nothing_stored_the_current_catalogue_is_the_seed_as_version_1()
    {
        var current = await _database.Store().CurrentAsync();

        Assert.Equal(1, current.Version);
        Assert.Equal(MeasureCatalogue.Seed.Measures.Select(m => m.Id), current.Measures.Select(m => m.Id));
    }

    [Fact]
    public async Task Each_save_stores_the_next_version()
    {
        var first = await _database
            .Store()
            .SaveAsync(SeedWith(TestMeasures.Valid("extra-one")), "admin-1", "เพิ่มมาตรการ");
        var second = await _database
            .Store()
            .SaveAsync(SeedWith(TestMeasures.Valid("extra-one"), TestMeasures.Valid("extra-two")), "admin-2", null);

        Assert.True(first.Saved);
        Assert.True(second.Saved);
        Assert.Equal(2, first.Version!.Version);
        Assert.Equal(3, second.Version!.Version);
        Assert.Equal(3, (await _database.Store().CurrentAsync()).Version);
    }

    [Fact]
    public async Task After_an_edit_the_current_catalogue_is_the_edited_one()
    {
        var edited = MeasureCatalogue.Seed.Find("asset-borrowing-awareness")! with
        {
            Title = "สร้างการรับรู้แนวปฏิบัติการยืมทรัพย์สินของราชการ (ฉบับปรับปรุง)",
            Steps = ["แต่งตั้งเจ้าหน้าที่ดูแลทรัพย์สิน", "จัดทำทะเบียนการยืม–คืน"],
        };
        var measures = MeasureCatalogue.Seed.Measures.Where(m => m.Id != edited.Id).Append(edited).ToList();

        await _database.Store().SaveAsync(measures, "admin", "ปรับขั้นตอน");
        var current = await _database.Store().CurrentAsync();

        var stored = current.Find("asset-borrowing-awareness")!;
        Assert.Equal(2, current.Version);
        Assert.Equal(edited.Title, stored.Title);
        Assert.Equal(edited.Steps, stored.Steps);
        Assert.Equal(MeasureCatalogue.Seed.Measures.Count, current.Measures.Count);
    }

    [Fact]
    public async Task An_invalid_measure_is_refused_with_thai_and_english_messages_keyed_by_field_and_nothing_is_stored()
    {
        var invalid = TestMeasures.Valid("bad-measure") with
        {
            Indicator = 11,
            Title = "English only",
            Steps = [],
            ResponsibleUnits = [" "],
            Concepts = ["no-such-concept"],
        };

        var result = await _database.Store().SaveAsync(SeedWith(invalid), "admin", null);

        Assert.False(result.Saved);
        var index = MeasureCatalogue.Seed.Measures.Count;
        Assert.Equal(
            new[] { "concepts[0]", "indicator", "responsibleUnits[0]", "steps", "title" }
                .Select(f => $"measures[{index}].{f}")
                .Order(),
            result.Errors.Keys.Order()
        );
        Assert.All(result.Errors.Values.SelectMany(m => m), message =>
        {
            Assert.Matches("[\u0E00-\u0E7F]", message);
            Assert.Matches(" / [A-Z]", message);
        });
        Assert.Equal(1, (await _database.Store().CurrentAsync()).Version);
    }

    [Fact]
    public async Task Two_measures_with_one_id_are_refused()
    {
        var result = await _database
            .Store()
            .SaveAsync(SeedWith(TestMeasures.Valid("asset-borrowing-awareness")), "admin", null);

        var error = Assert.Single(result.Errors);
        Assert.EndsWith(".id", error.Key);
        Assert.Contains("asset-borrowing-awareness", error.Value.Single());
    }

    [Fact]
    public async Task An_empty_catalogue_is_refused() =>
        Assert.Equal(["measures"], (await _database.Store().SaveAsync([], "admin", null)).Errors.Keys);

    [Fact]
    public async Task Saving_what_is_already_current_adds_no_version()
    {
        var result = await _database.Store().SaveAsync(MeasureCatalogue.Seed.Measures.Reverse(), "admin", null);

        Assert.True(result.Unchanged);
        Assert.False(result.Saved);
        Assert.Single(await _database.Store().VersionsAsync());
    }

    [Fact]
    public async Task A_change_based_on_a_version_that_is_no_longer_current_is_a_conflict()
    {
        await _database
            .Store()
            .SaveAsync(SeedWith(TestMeasures.Valid("first-admin")), "admin-1", null, basedOnVersion: 1);

        var late = await _database
            .Store()
            .SaveAsync(SeedWith(TestMeasures.Valid("second-admin")), "admin-2", null, basedOnVersion: 1);

        Assert.True(late.Conflict);
        Assert.Equal(2, late.Version!.Version);
        var current = await _database.Store().CurrentAsync();
        Assert.NotNull(current.Find("first-admin"));
        Assert.Null(current.Find("second-admin"));
    }

    [Fact]
    public async Task The_history_lists_the_seed_then_every_save_with_who_when_why_and_how_many()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        await _database
            .Store()
            .SaveAsync(SeedWith(TestMeasures.Valid("extra-one")), "  admin-7 ", "  เพิ่มมาตรการทดสอบ ");
        await _database.Store().SaveAsync(MeasureCatalogue.Seed.Measures.Skip(1), "", null);

        var versions = await _database.Store().VersionsAsync();

        var seedCount = MeasureCatalogue.Seed.Measures.Count;
        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Equal([seedCount, seedCount + 1, seedCount - 1], versions.Select(v => v.Count));
        Assert.Equal([null, "admin-7", CatalogueStore.UnknownUser], versions.Select(v => v.ChangedBy));
        Assert.Equal("เพิ่มมาตรการทดสอบ", versions[1].Note);
        Assert.Null(versions[0].ChangedAtUtc);
        Assert.All(versions.Skip(1), v =>
        {
            Assert.Equal(DateTimeKind.Utc, v.ChangedAtUtc!.Value.Kind);
            Assert.InRange(v.ChangedAtUtc.Value, before, DateTime.UtcNow.AddSeconds(1));
        });
    }

    [Fact]
    public async Task Every_version_stays_readable_and_version_1_is_the_seed()
    {
        await _database.Store().SaveAsync(SeedWith(TestMeasures.Valid("extra-one")), "admin", null);
        await _database.Store().SaveAsync(MeasureCatalogue.Seed.Measures, "admin", "ย้อนกลับ");

        var store = _database.Store();
        Assert.Equal(MeasureCatalogue.Seed.Measures.Count, (await store.FindVersionAsync(1))!.Measures.Count);
        Assert.NotNull((await store.FindVersionAsync(2))!.Find("extra-one"));
        Assert.Null((await store.FindVersionAsync(3))!.Find("extra-one"));
        Assert.Null(await store.FindVersionAsync(4));
    }

    [Fact]
    public async Task Proposals_use_the_edited_catalogue()
    {
        var demoted = MeasureCatalogue.Seed.Find("asset-borrowing-awareness")! with { Priority = 9 };
        var added = TestMeasures.Valid("borrow-register-first", indicator: 4, priority: 1, "iit-asset-borrow-proper");
        var measures = MeasureCatalogue.Seed.Measures.Where(m => m.Id != demoted.Id).Append(demoted).Append(added);
        await _database.Store().SaveAsync(measures, "admin", null);

        var current = await _database.Store().CurrentAsync();
        var proposed = current.Propose(
            [(4, "iit-asset-borrow-proper", MeasureCatalogue.Urgent, 45.92m)],
            maxPerFinding: 1
        );

        Assert.Equal("borrow-register-first", Assert.Single(proposed).Id);
    }
}
