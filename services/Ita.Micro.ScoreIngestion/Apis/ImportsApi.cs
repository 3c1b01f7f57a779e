using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ScoreIngestion.Services.Parsing;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ScoreIngestion.Apis;

/// <summary>
/// Score imports hold rows of many organisations (a national file), so they belong to integrations and national
/// administrators, not to one organisation's officers.
/// </summary>
public static class ImportsApi
{
    private const int IssuesPerPage = 200;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Imports").RequireAuthorization(ItaPolicies.Imports);
        api.MapPost("/", CreateImport).DisableAntiforgery();
        api.MapGet("/", ListImports);
        api.MapGet("/{id:guid}", GetImport).WithName(nameof(GetImport));
        return app;
    }

    /// <summary>
    /// Accepts a score file — multipart (field "file": .csv, .xlsx or .json), a CSV or XLSX body, or the API's JSON
    /// body — keeps it as received and answers 202 at once; the rows are processed in the background and
    /// <c>GET /api/imports/{id}</c> shows the progress and each row's problems. A JSON body whose structure is wrong
    /// is refused at once with a 400 naming the field.
    /// </summary>
    public static async Task<IResult> CreateImport(
        HttpContext http,
        RawFileStore files,
        ImportIntake intake,
        IOptions<ImportOptions> options,
        CancellationToken cancellationToken
    )
    {
        var request = http.Request;
        var limits = options.Value;
        var maxBytes = request.HasJsonContentType() ? limits.MaxJsonBodyBytes : limits.MaxFileBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = maxBytes + 64 * 1024; // room for the multipart framing

        var id = Guid.NewGuid();
        string? fileName = null,
            source = request.Query["source"].FirstOrDefault(),
            modeText = request.Query["mode"].FirstOrDefault();
        ScoreFileFormat format;
        (string StoredFile, long Size) stored;
        if (PartialRow.ParseMode(modeText) is not { } mode)
            return ModeProblem(modeText);
        try
        {
            if (request.HasFormContentType)
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(cancellationToken);
                }
                catch (Exception ex) when (IsUnreadableForm(ex))
                {
                    return BodyReader.Problem(
                        "file",
                        $"อ่านข้อมูลแบบฟอร์ม (multipart) ไม่ได้ / The multipart form cannot be read: {ex.Message.Split('\n')[0]}"
                    );
                }
                var file = form.Files.GetFile("file");
                if (file is null)
                    return BodyReader.Problem(
                        "file",
                        "ต้องแนบไฟล์ในช่อง file / Attach the file in the field \"file\"."
                    );
                fileName = Path.GetFileName(file.FileName);
                format = ScoreFileReader.Detect(fileName, file.ContentType);
                source ??= form["source"].FirstOrDefault();
                // The form's own field, when the query names no mode (as for source).
                if (modeText is null && form["mode"].FirstOrDefault() is { } asked)
                {
                    if (PartialRow.ParseMode(asked) is not { } formMode)
                        return ModeProblem(asked);
                    mode = formMode;
                }
                await using var content = file.OpenReadStream();
                stored = await files.SaveAsync(id, Extension(format), content, limits.MaxFileBytes, cancellationToken);
            }
            else if (request.HasJsonContentType())
            {
                var body = new MemoryStream();
                await request.Body.CopyToAsync(body, cancellationToken);
                if (body.Length > maxBytes)
                    throw new FileTooLargeException(maxBytes);
                body.Position = 0;
                var (parsed, problem) = await BodyReader.ReadJsonAsync<ImportRequest>(
                    body,
                    http.RequestServices,
                    cancellationToken
                );
                if (problem is not null)
                    return problem;
                if (parsed!.Assessments is not { Count: > 0 })
                    return BodyReader.Problem(
                        "assessments",
                        "ต้องมีผลการประเมินอย่างน้อยหนึ่งรายการ / At least one assessment is required."
                    );
                source ??= parsed.Source;
                format = ScoreFileFormat.Json;
                body.Position = 0;
                stored = await files.SaveAsync(id, "json", body, limits.MaxFileBytes, cancellationToken);
            }
            else
            {
                format = ScoreFileReader.Detect(null, request.ContentType);
                stored = await files.SaveAsync(
                    id,
                    Extension(format),
                    request.Body,
                    limits.MaxFileBytes,
                    cancellationToken
                );
            }
        }
        catch (ImportFileException ex)
        {
            return BodyReader.Problem("file", ex.Message);
        }
        catch (Exception ex)
            when (ex
                    is FileTooLargeException
                        or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                        or InvalidDataException
            )
        {
            return TooLarge(
                request.HasJsonContentType()
                    ? $"ข้อมูล JSON ใหญ่เกิน {maxBytes:N0} ไบต์ ให้ส่งเป็นไฟล์ / The JSON body is larger than {maxBytes:N0} bytes: send it as a file."
                    : $"ไฟล์ใหญ่เกิน {maxBytes:N0} ไบต์ / The file is larger than {maxBytes:N0} bytes."
            );
        }

        var import = await intake.QueueAsync(
            id,
            string.IsNullOrWhiteSpace(source) ? "http" : source.Trim(),
            CurrentUser.Id(http),
            "http",
            format,
            fileName,
            stored,
            replyWhenDone: false,
            mode,
            cancellationToken
        );
        return TypedResults.AcceptedAtRoute(ImportResponse.From(import, []), nameof(GetImport), new { id = import.Id });
    }

    private static IResult ModeProblem(string? given) =>
        BodyReader.Problem(
            "mode",
            $"mode ต้องเป็น update หรือ replace ไม่ใช่ '{given}' / mode must be update or replace, not '{given}'."
        );

    /// <summary>The import history, newest first, a page at a time (1–100 a page, 20 by default): every channel's imports.</summary>
    public static async Task<Results<Ok<ImportHistoryResponse>, ValidationProblem>> ListImports(
        int? page,
        int? pageSize,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
            errors["page"] = ["page ต้องไม่น้อยกว่า 1 / page must be 1 or more."];
        if (pageSize is < 1 or > 100)
            errors["pageSize"] = ["pageSize ต้องอยู่ระหว่าง 1 ถึง 100 / pageSize must be from 1 to 100."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var (number, size) = (page ?? 1, pageSize ?? 20);
        var total = await db.Imports.CountAsync(cancellationToken);
        var imports = await db
            .Imports.AsNoTracking()
            .OrderByDescending(i => i.ReceivedAtUtc)
            .ThenBy(i => i.Id)
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(
            new ImportHistoryResponse(number, size, total, imports.Select(i => ImportResponse.From(i, [])).ToList())
        );
    }

    /// <summary>An import's progress and its problems, a page of 200 at a time (warnings included).</summary>
    public static async Task<Results<Ok<ImportResponse>, NotFound>> GetImport(
        Guid id,
        int? page,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        var import = await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
            return TypedResults.NotFound();
        var issues = await db
            .Issues.AsNoTracking()
            .Where(i => i.ImportId == id)
            .OrderBy(i => i.Id)
            .Skip(Math.Max(0, (page ?? 1) - 1) * IssuesPerPage)
            .Take(IssuesPerPage)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(ImportResponse.From(import, issues));
    }

    /// <summary>
    /// A form that is malformed (no boundary, cut short, too many fields, a header line too long) rather than too
    /// large: the form reader reports both as <see cref="InvalidDataException"/>, the size limit by its message.
    /// Kestrel's own body limit is a <see cref="BadHttpRequestException"/> (an <see cref="IOException"/>): too large.
    /// </summary>
    private static bool IsUnreadableForm(Exception ex) =>
        ex switch
        {
            BadHttpRequestException => false,
            InvalidDataException when ex.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal) =>
                false,
            InvalidDataException or IOException => true,
            _ => false,
        };

    public static string Extension(ScoreFileFormat format) => format.ToString().ToLowerInvariant();

    private static IResult TooLarge(string message) =>
        TypedResults.Problem(
            message,
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "ไฟล์ใหญ่เกินไป / Payload too large"
        );
}
