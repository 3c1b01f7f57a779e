namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// The organisation's settings officers edit: its units (สำนัก/กอง/หน่วย) that measures name as responsible and reports
/// name as their originator, and the prefix of its document numbers.
/// </summary>
public sealed class OrganisationUnitList
{
    public required string OrganisationCode { get; set; }
    public List<string> Units { get; set; } = [];

    /// <summary>The prefix of the organisation's document numbers (ที่ of its memos, e.g. ตก ๗๓๖๐๑); null until officers set it.</summary>
    public string? DocumentPrefix { get; set; }
    public int Version { get; set; } = 1;
}
