using System.Text.Json;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Catalogue;

/// <summary>
/// The catalogue in use and its history. The current catalogue is the latest stored version, else the shipped
/// seed as version 1. Read from the database each time rather than cached, because the service runs as several
/// replicas and an administrator's edit must reach all of them at once; one row per analysis is cheap.
/// </summary>
public sealed class CatalogueStore(AnalysisDbContext db, ICodeBooks books)
{
    /// <summary>Who changed the catalogue when the request does not say, until the gateway authenticates.</summary>
    public const string UnknownUser = CurrentUser.Unknown;

    private const string SeedNote = "ชุดเริ่มต้นจากเอกสารตัวอย่างและกรอบการประเมิน / The shipped seed catalogue.";

    public async Task<MeasureCatalogue> CurrentAsync(CancellationToken cancellationToken = default) =>
        (await LatestAsync(cancellationToken)).Catalogue;

    /// <summary>One version as it was saved; the seed for version 1; null for a version that does not exist.</summary>
    public async Task<MeasureCatalogue?> FindVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        var row = await db
            .CatalogueVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Version == version, cancellationToken);
        if (row is not null)
            return Read(row);
        return version == MeasureCatalogue.SeedVersion ? MeasureCatalogue.Seed : null;
    }

    /// <summary>Every version, oldest (the seed) first.</summary>
    public async Task<IReadOnlyList<CatalogueVersionSummary>> VersionsAsync(
        CancellationToken cancellationToken = default
    )
    {
        var rows = await db.CatalogueVersions.AsNoTracking().OrderBy(v => v.Version).ToListAsync(cancellationToken);
        return [SeedSummary(), .. rows.Select(r => Summarise(r, Read(r)))];
    }

    /// <summary>Stores <paramref name="measures"/> as the next version after the current one, if valid and changed.</summary>
    public Task<CatalogueSaveResult> SaveAsync(
        IEnumerable<CatalogueMeasure> measures,
        string changedBy,
        string? note,
        CancellationToken cancellationToken = default
    ) => SaveAsync(measures, changedBy, note, basedOnVersion: null, cancellationToken);

    /// <summary>
    /// Stores <paramref name="measures"/> as the next version. With <paramref name="basedOnVersion"/>, refuses
    /// (<see cref="CatalogueSaveResult.Conflict"/>) when that is no longer the current version: the caller edited
    /// a catalogue someone else has changed since, and saving would silently undo their change.
    /// </summary>
    public async Task<CatalogueSaveResult> SaveAsync(
        IEnumerable<CatalogueMeasure> measures,
        string changedBy,
        string? note,
        int? basedOnVersion,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(measures);
        var normalised = measures.Select(m => m.Normalised()).ToArray();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();

        var errors = CatalogueValidator.Validate(normalised, books);
        if (note?.Length > CatalogueEntryConfiguration.NoteMaxLength)
            errors["note"] =
            [
                $"หมายเหตุยาวเกิน {CatalogueEntryConfiguration.NoteMaxLength} ตัวอักษร / "
                    + $"The note is longer than {CatalogueEntryConfiguration.NoteMaxLength} characters.",
            ];
        if (errors.Count > 0)
            return new CatalogueSaveResult { Errors = errors };

        var (current, currentSummary) = await LatestAsync(cancellationToken);
        if (basedOnVersion is { } basedOn && basedOn != current.Version)
            return new CatalogueSaveResult { Conflict = true, Version = currentSummary };

        var next = new MeasureCatalogue(current.Version + 1, normalised);
        if (SameMeasures(next, current))
            return new CatalogueSaveResult { Unchanged = true, Version = currentSummary };

        var row = new CatalogueEntry
        {
            Id = Guid.NewGuid(),
            Version = next.Version,
            Json = next.ToJson(),
            ChangedBy = Who(changedBy),
            ChangedAtUtc = DateTime.UtcNow,
            Note = note,
        };
        db.CatalogueVersions.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique Version refused the row: another save took the version between our read and our write.
            // Anything else is not ours to explain.
            db.Entry(row).State = EntityState.Detached;
            var taken = await db
                .CatalogueVersions.AsNoTracking()
                .AnyAsync(v => v.Version == row.Version, CancellationToken.None);
            if (!taken)
                throw;
            return new CatalogueSaveResult
            {
                Conflict = true,
                Version = (await LatestAsync(CancellationToken.None)).Summary,
            };
        }
        return new CatalogueSaveResult { Version = Summarise(row, next) };
    }

    private async Task<(MeasureCatalogue Catalogue, CatalogueVersionSummary Summary)> LatestAsync(
        CancellationToken cancellationToken
    )
    {
        var latest = await db
            .CatalogueVersions.AsNoTracking()
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
            return (MeasureCatalogue.Seed, SeedSummary());
        var catalogue = Read(latest);
        return (catalogue, Summarise(latest, catalogue));
    }

    private static MeasureCatalogue Read(CatalogueEntry row)
    {
        var parsed = MeasureCatalogue.Parse(row.Json);
        // The row's column is the authority on the version; the copy inside the JSON is for people reading it.
        return new MeasureCatalogue(row.Version, parsed.Measures);
    }

    private static bool SameMeasures(MeasureCatalogue a, MeasureCatalogue b) =>
        JsonSerializer.Serialize(a.Measures, MeasureCatalogue.JsonOptions)
        == JsonSerializer.Serialize(b.Measures, MeasureCatalogue.JsonOptions);

    private static CatalogueVersionSummary SeedSummary() =>
        new(MeasureCatalogue.SeedVersion, null, null, SeedNote, MeasureCatalogue.Seed.Measures.Count);

    private static CatalogueVersionSummary Summarise(CatalogueEntry row, MeasureCatalogue catalogue) =>
        new(row.Version, row.ChangedBy, row.ChangedAtUtc, row.Note, catalogue.Measures.Count);

    private static string Who(string? changedBy)
    {
        var who = changedBy?.Trim() ?? "";
        if (who.Length == 0)
            return UnknownUser;
        return who.Length > CatalogueEntryConfiguration.ChangedByMaxLength
            ? who[..CatalogueEntryConfiguration.ChangedByMaxLength]
            : who;
    }
}
