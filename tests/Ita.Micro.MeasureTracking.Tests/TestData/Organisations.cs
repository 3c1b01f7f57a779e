using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Tests.TestData;

/// <summary>The seed organisation of docs/samples/mae-chan.json.</summary>
public static class Organisations
{
    public static OrganisationInfo MaeChan { get; } = new()
    {
        Code = "6630801", Name = "เทศบาลตำบลแม่จัน", Type = "เทศบาลตำบล", Province = "ตาก", District = "อุ้มผาง",
    };
}
