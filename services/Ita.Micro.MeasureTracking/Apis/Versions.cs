using System.Globalization;

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

    public const string Missing =
        "ต้องระบุ version ของข้อมูลที่แก้ไข (ในเนื้อคำขอหรือ If-Match) / version is required.";
}
