namespace Ita.Micro.NationalData;

/// <summary>A province (จังหวัด): its two-digit code, Thai name and number of districts (อำเภอ; เขต for Bangkok).</summary>
internal sealed record Province(int Code, string Name, int Districts)
{
    /// <summary>North, north-east, south or central, read from the first digit of the code; only flavours place names.</summary>
    public Region Region =>
        (Code / 10) switch
        {
            3 or 4 => Region.NorthEast,
            5 or 6 => Region.North,
            8 or 9 => Region.South,
            _ => Region.Central,
        };
}
