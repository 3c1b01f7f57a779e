using System.Globalization;
using Ita.Micro.ServiceDefaults.Http;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// The version a change is based on: the body's "version", else the If-Match header (the ETag GET returned).
/// Required, so that no edit can silently overwrite one it never saw.
/// </summary>
public static class Versions
{
    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static int? Read(int? fromBody, HttpRequest request)
    {
        if (fromBody is not null)
            return fromBody;
        var ifMatch = request.Headers.IfMatch.ToString().Trim().TrimStart('W', '/').Trim('"');
        return int.TryParse(ifMatch, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    /// <summary>
    /// The body of a change that needs nothing but its version, and that version (from <paramref name="version"/> of
    /// the body, else If-Match); otherwise the problem to answer, naming the field.
    /// </summary>
    public static async Task<(T? Body, int Version, IResult? Problem)> ReadBodyAsync<T>(
        HttpRequest request,
        Func<T, int?> version,
        CancellationToken ct
    )
        where T : class
    {
        var (body, problem) = await BodyReader.ReadJsonAsync<T>(request, ct);
        if (problem is not null)
            return (null, 0, problem);
        return Read(version(body!), request) is { } sent
            ? (body, sent, null)
            : (null, 0, ApiProblems.Invalid("version", Missing));
    }

    public const string Missing =
        "ต้องระบุ version ของข้อมูลที่แก้ไข (ในเนื้อคำขอหรือ If-Match) / version is required.";
}
