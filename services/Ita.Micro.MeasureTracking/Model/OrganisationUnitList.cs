namespace Ita.Micro.MeasureTracking.Model;

/// <summary>The units (สำนัก/กอง/หน่วย) of one organisation that measures can name as responsible; officers edit it.</summary>
public sealed class OrganisationUnitList
{
    public required string OrganisationCode { get; set; }
    public List<string> Units { get; set; } = [];
    public int Version { get; set; } = 1;
}
