namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>The kinds of องค์กรปกครองส่วนท้องถิ่น an organisation can be.</summary>
public static class OrganisationTypes
{
    public static readonly IReadOnlyList<string> All =
    [
        "อบจ.",
        "เทศบาลนคร",
        "เทศบาลเมือง",
        "เทศบาลตำบล",
        "อบต.",
        "กรุงเทพมหานคร",
        "เมืองพัทยา",
    ];

    /// <summary>The registry's spelling of a type, accepting the long forms of อบจ. and อบต.</summary>
    public static string? Normalise(string? type) =>
        type?.Trim() switch
        {
            "องค์การบริหารส่วนจังหวัด" => "อบจ.",
            "องค์การบริหารส่วนตำบล" => "อบต.",
            "อบจ" => "อบจ.",
            "อบต" => "อบต.",
            { } t when All.Contains(t) => t,
            _ => null,
        };
}
