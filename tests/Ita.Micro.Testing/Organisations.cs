using Ita.Micro.Contracts;

namespace Ita.Micro.Testing;

/// <summary>
/// The seed organisation of docs/samples/mae-chan.json and organisations.csv, the one every test project starts from
/// (a test that needs another organisation derives it with <c>with</c>).
/// </summary>
public static class Organisations
{
    public static OrganisationInfo MaeChan { get; } =
        new()
        {
            Code = "6630801",
            Name = "เทศบาลตำบลแม่จัน",
            Type = "เทศบาลตำบล",
            Province = "ตาก",
            District = "อุ้มผาง",
        };
}
