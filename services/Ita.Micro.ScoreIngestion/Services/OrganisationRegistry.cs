using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// Loads the organisation registry from CSV (code,name,type,province,district) or JSON (an array of organisations),
/// adding and updating organisations by code and announcing each new or changed one with
/// <see cref="OrganisationRegistered"/>, so other services keep their own copy of names and provinces.
/// </summary>
public sealed partial class OrganisationRegistry(IngestionDbContext db, ILogger<OrganisationRegistry> logger)
{
    private const int BatchSize = 1000;

    public static IEnumerable<(int Row, OrganisationInfo? Value, string? Error)> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        using var csv = new CsvReader(
            reader,
            new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
                MissingFieldFound = null,
                BadDataFound = null,
            }
        );
        if (!csv.Read() || !csv.ReadHeader())
            yield break;
        var row = 0;
        while (csv.Read())
        {
            row++;
            yield return (
                row,
                new OrganisationInfo
                {
                    Code = csv.GetField("code") ?? "",
                    Name = csv.GetField("name") ?? "",
                    Type = csv.GetField("type") ?? "",
                    Province = csv.GetField("province") ?? "",
                    District = csv.GetField("district"),
                },
                null
            );
        }
    }

    public static IEnumerable<(int Row, OrganisationInfo? Value, string? Error)> ReadJson(Stream stream)
    {
        var organisations = JsonSerializer.Deserialize<List<OrganisationInfo?>>(stream, JsonSerializerOptions.Web)
            ?? [];
        return organisations.Select((o, i) => (i + 1, o, o is null ? "รายการว่าง / The entry is empty" : null));
    }

    public async Task<OrganisationImportResult> ImportAsync(
        IEnumerable<(int Row, OrganisationInfo? Value, string? Error)> rows,
        CancellationToken cancellationToken
    )
    {
        int read = 0,
            added = 0,
            updated = 0,
            unchanged = 0;
        var issues = new List<IssueResponse>();
        var seen = new HashSet<string>();
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var codes = batch.Select(r => r.Value?.Code.Trim()).OfType<string>().ToList();
            var held = await db
                .Organisations.Where(o => codes.Contains(o.Code))
                .ToDictionaryAsync(o => o.Code, cancellationToken);
            foreach (var (row, value, parseError) in batch)
            {
                read++;
                var (organisation, error) = parseError is null ? Normalise(value!) : (null, parseError);
                if (organisation is not null && !seen.Add(organisation.Code))
                    error =
                        $"รหัส {organisation.Code} ซ้ำในไฟล์เดียวกัน / Code {organisation.Code} appears twice in one file";
                if (error is not null)
                {
                    issues.Add(new IssueResponse(IssueSeverity.Error, row, null, value?.Code, error));
                    continue;
                }

                var now = DateTime.UtcNow;
                if (!held.TryGetValue(organisation!.Code, out var existing))
                {
                    db.Organisations.Add(
                        new Organisation
                        {
                            Code = organisation.Code,
                            Name = organisation.Name,
                            Type = organisation.Type,
                            Province = organisation.Province,
                            District = organisation.District,
                            UpdatedAtUtc = now,
                        }
                    );
                    added++;
                }
                else if (
                    existing.Name != organisation.Name
                    || existing.Type != organisation.Type
                    || existing.Province != organisation.Province
                    || existing.District != organisation.District
                )
                {
                    (existing.Name, existing.Type, existing.Province, existing.District, existing.UpdatedAtUtc) = (
                        organisation.Name,
                        organisation.Type,
                        organisation.Province,
                        organisation.District,
                        now
                    );
                    updated++;
                }
                else
                {
                    unchanged++;
                    continue;
                }
                db.Publish(new OrganisationRegistered { Organisation = organisation, RegisteredAtUtc = now });
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        logger.LogInformation(
            "Organisation registry: {RowsRead} read, {Added} added, {Updated} updated, {Rejected} rejected",
            read,
            added,
            updated,
            issues.Count
        );
        return new OrganisationImportResult(read, added, updated, unchanged, issues.Count, issues.Take(1000).ToList());
    }

    private static (OrganisationInfo?, string?) Normalise(OrganisationInfo o)
    {
        var code = o.Code?.Trim() ?? "";
        if (!CodePattern().IsMatch(code))
            return (
                null,
                $"รหัสองค์กร \"{code}\" ไม่ถูกต้อง (ตัวอักษร ตัวเลข หรือ - ไม่เกิน 20 ตัว) / Invalid organisation code"
            );
        if (string.IsNullOrWhiteSpace(o.Name))
            return (null, "ต้องระบุชื่อองค์กร / The name is required");
        if (string.IsNullOrWhiteSpace(o.Province))
            return (null, "ต้องระบุจังหวัด / The province is required");
        if (OrganisationTypes.Normalise(o.Type) is not { } type)
            return (
                null,
                $"ไม่รู้จักประเภทองค์กร \"{o.Type}\" (ใช้ {string.Join(", ", OrganisationTypes.All)}) / Unknown organisation type"
            );
        return (
            new OrganisationInfo
            {
                Code = code,
                Name = o.Name.Trim(),
                Type = type,
                Province = o.Province.Trim(),
                District = string.IsNullOrWhiteSpace(o.District) ? null : o.District.Trim(),
            },
            null
        );
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex CodePattern();
}
