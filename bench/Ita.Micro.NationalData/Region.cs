namespace Ita.Micro.NationalData;

internal enum Region
{
    Central,
    NorthEast,
    North,
    South,
}
