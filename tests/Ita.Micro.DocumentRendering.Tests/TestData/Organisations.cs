using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

public static class Organisations
{
    public static OrganisationInfo MaeChan { get; } = new()
    {
        Code = "5630501",
        Name = "เทศบาลตำบลแม่จัน",
        Type = "เทศบาลตำบล",
        Province = "ตาก",
        District = "อุ้มผาง",
    };
}
