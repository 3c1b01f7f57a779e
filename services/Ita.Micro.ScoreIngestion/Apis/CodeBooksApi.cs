using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Infrastructure.EntityConfigurations;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ServiceDefaults.CodeBooks;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Apis;

/// <summary>
/// Code books as data an administrator maintains: a corrected or new year's book is loaded here (validated,
/// versioned, audited) and published to every service, without a release. This service keeps the audit because it
/// is the one that reads score files against the books first.
/// </summary>
public static class CodeBooksApi
{
    /// <summary>Where a caller without a token's subject names itself (tests of the handler alone); the subject wins.</summary>
    public const string UserHeader = CurrentUser.Header;

    private const string Shipped = "shipped";
    private const string Loaded = "loaded";

    // Stored and published as the shipped files are written: indented, Thai readable.
    private static readonly JsonSerializerOptions StoredJson = new(CodeBookJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEndpointRouteBuilder MapCodeBooksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/codebooks").WithTags("CodeBooks");
        api.MapGet("/", ListYears);
        api.MapGet("/{fiscalYear:int}", GetCurrent);
        api.MapGet("/{fiscalYear:int}/versions", ListVersions);
        api.MapGet("/{fiscalYear:int}/versions/{version:int}", GetVersion);
        api.MapPut("/{fiscalYear:int}", Publish).RequireAuthorization(ItaPolicies.NationalAdmin);
        return app;
    }

    /// <summary>Every year with a book: the version in use and whether it shipped or was loaded.</summary>
    public static async Task<Ok<List<CodeBookYearResponse>>> ListYears(
        IngestionDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var loaded = await db
            .CodeBookVersions.AsNoTracking()
            .Select(v => new
            {
                v.FiscalYear,
                v.Version,
                v.PublishedBy,
                v.PublishedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var latest = loaded.GroupBy(v => v.FiscalYear).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Version)!);

        var years = books
            .ShippedYears.Union(latest.Keys)
            .Order()
            .Select(year =>
            {
                var shipped = books.FindShipped(year);
                return latest.TryGetValue(year, out var row) && (shipped is null || row.Version > shipped.Version)
                    ? new CodeBookYearResponse(year, row.Version, Loaded, row.PublishedBy, row.PublishedAtUtc)
                    : new CodeBookYearResponse(year, shipped!.Version, Shipped, null, null);
            })
            .ToList();
        return TypedResults.Ok(years);
    }

    /// <summary>The book in use for the year, in the shape PUT takes (to correct it: GET, edit, PUT).</summary>
    public static async Task<Results<Ok<CodeBook>, ProblemHttpResult>> GetCurrent(
        int fiscalYear,
        IngestionDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var current = await CurrentAsync(fiscalYear, db, books, cancellationToken);
        return current is null ? NoBook(fiscalYear) : TypedResults.Ok(current.Value.Book);
    }

    /// <summary>The audit of the year: every version, shipped and loaded, oldest first, each with what it changed.</summary>
    public static async Task<Results<Ok<List<CodeBookVersionResponse>>, ProblemHttpResult>> ListVersions(
        int fiscalYear,
        IngestionDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var rows = await db
            .CodeBookVersions.AsNoTracking()
            .Where(v => v.FiscalYear == fiscalYear)
            .OrderBy(v => v.Version)
            .ToListAsync(cancellationToken);
        var versions = new List<(CodeBook Book, CodeBookVersion? Row)>();
        if (books.FindShipped(fiscalYear) is { } shipped)
            versions.Add((shipped, null));
        versions.AddRange(rows.Select(r => (Read(r), (CodeBookVersion?)r)));
        if (versions.Count == 0)
            return NoBook(fiscalYear);

        versions = [.. versions.OrderBy(v => v.Book.Version).ThenBy(v => v.Row is null ? 0 : 1)];
        var audit = versions.Select((v, i) => Describe(v.Book, v.Row, i == 0 ? null : versions[i - 1].Book)).ToList();
        return TypedResults.Ok(audit);
    }

    /// <summary>One version of the year's book as it was published.</summary>
    public static async Task<Results<Ok<CodeBook>, ProblemHttpResult>> GetVersion(
        int fiscalYear,
        int version,
        IngestionDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var row = await db
            .CodeBookVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.FiscalYear == fiscalYear && v.Version == version, cancellationToken);
        if (row is not null)
            return TypedResults.Ok(Read(row));
        return books.FindShipped(fiscalYear) is { } shipped && shipped.Version == version
            ? TypedResults.Ok(shipped)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: $"ไม่มีสมุดรหัสปี {fiscalYear} ฉบับที่ {version} / There is no code book {fiscalYear} version {version}."
            );
    }

    /// <summary>
    /// Loads a corrected or new book for the year (body: the book as JSON; its version is ignored and assigned here).
    /// 400 with every problem found; 200 with the version in use when it says the same as that one; else 201 with
    /// the new version, stored and published to every service in one commit.
    /// </summary>
    public static async Task<IResult> Publish(
        int fiscalYear,
        string? note,
        HttpRequest request,
        IngestionDbContext db,
        ICodeBooks books,
        CodeBookShelf shelf,
        CancellationToken cancellationToken
    )
    {
        var (read, problem) = await BodyReader.ReadJsonAsync<CodeBook>(request, cancellationToken);
        if (problem is not null)
            return problem;
        var book = read!;

        var current = await CurrentAsync(fiscalYear, db, books, cancellationToken);
        var maxLoaded = await db
            .CodeBookVersions.Where(v => v.FiscalYear == fiscalYear)
            .MaxAsync(v => (int?)v.Version, cancellationToken)
            ?? 0;
        var version = Math.Max(maxLoaded, books.FindShipped(fiscalYear)?.Version ?? 0) + 1;
        var publishing = book with { Version = version };

        var errors = CodeBookValidator.Check(publishing).ToList();
        if (book.FiscalYear != fiscalYear)
            errors.Add(
                new CodeBookError(
                    "fiscalYear",
                    $"fiscalYear: ปีในสมุดรหัส ({book.FiscalYear}) ไม่ตรงกับปีในที่อยู่ ({fiscalYear}) / "
                        + $"the book's fiscal year {book.FiscalYear} is not the year in the address, {fiscalYear}"
                )
            );
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > CodeBookVersionConfiguration.NoteMaxLength)
            errors.Add(
                new CodeBookError(
                    "note",
                    $"note: หมายเหตุยาวเกิน {CodeBookVersionConfiguration.NoteMaxLength} ตัวอักษร / "
                        + $"the note is longer than {CodeBookVersionConfiguration.NoteMaxLength} characters"
                )
            );
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "สมุดรหัสไม่ถูกต้อง / The code book is not valid."
            );

        var hash = CodeBookHash.Of(publishing);
        if (current is { } inUse && CodeBookHash.Of(inUse.Book) == hash)
            return TypedResults.Ok(Describe(inUse.Book, inUse.Row, previous: null));

        var now = DateTime.UtcNow;
        var json = JsonSerializer.Serialize(publishing, StoredJson);
        var row = new CodeBookVersion
        {
            Id = Guid.NewGuid(),
            FiscalYear = fiscalYear,
            Version = version,
            Json = json,
            Hash = hash,
            PublishedBy = Who(request),
            PublishedAtUtc = now,
            Note = note,
        };
        db.CodeBookVersions.Add(row);
        db.Publish(
            new CodeBookPublished
            {
                FiscalYear = fiscalYear,
                Version = version,
                Json = json,
                PublishedBy = row.PublishedBy,
                PublishedAtUtc = now,
            }
        );
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (FiscalYear, Version) refused the row: another request took the version between our read
            // and our save. Anything else is not ours to explain.
            var taken = await db
                .CodeBookVersions.AsNoTracking()
                .AnyAsync(v => v.FiscalYear == fiscalYear && v.Version == version, CancellationToken.None);
            if (!taken)
                throw;
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"มีผู้อื่นบันทึกสมุดรหัสปี {fiscalYear} ฉบับที่ {version} ไปก่อนแล้ว ให้ตรวจดูแล้วส่งใหม่ / "
                    + $"Someone else saved code book {fiscalYear} version {version} first: check it and send again."
            );
        }

        // This service reads score files against the book at once; the others (and this one's saved copy, for a
        // restart) follow when the published message arrives.
        shelf.UsePublishedHere(publishing);
        return TypedResults.Created(
            $"/api/codebooks/{fiscalYear}/versions/{version}",
            Describe(publishing, row, current?.Book)
        );
    }

    /// <summary>The book in use for the year as this service's database knows it: the latest loaded one above the shipped one.</summary>
    private static async Task<(CodeBook Book, CodeBookVersion? Row)?> CurrentAsync(
        int fiscalYear,
        IngestionDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var row = await db
            .CodeBookVersions.AsNoTracking()
            .Where(v => v.FiscalYear == fiscalYear)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);
        var shipped = books.FindShipped(fiscalYear);
        if (row is not null && (shipped is null || row.Version > shipped.Version))
            return (Read(row), row);
        return shipped is null ? null : (shipped, null);
    }

    private static CodeBookVersionResponse Describe(CodeBook book, CodeBookVersion? row, CodeBook? previous) =>
        new(
            book.FiscalYear,
            book.Version,
            row is null ? Shipped : Loaded,
            row?.Hash ?? CodeBookHash.Of(book),
            row?.PublishedBy,
            row?.PublishedAtUtc,
            row?.Note,
            previous is null ? null : CodeBookComparer.Compare(previous, book)
        );

    private static CodeBook Read(CodeBookVersion row) =>
        CodeBookJson.Parse(new MemoryStream(Encoding.UTF8.GetBytes(row.Json)));

    private static string Who(HttpRequest request)
    {
        var user = CurrentUser.Id(request.HttpContext);
        return user.Length > CodeBookVersionConfiguration.PublishedByMaxLength
            ? user[..CodeBookVersionConfiguration.PublishedByMaxLength]
            : user;
    }

    private static ProblemHttpResult NoBook(int fiscalYear) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"ไม่มีสมุดรหัสของปีงบประมาณ {fiscalYear} / There is no code book for fiscal year {fiscalYear}."
        );
}
