namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// The claim names Ita.Micro reads from a token, kept as the token has them (inbound claim mapping is off, so "sub"
/// stays "sub" whichever identity provider issued it).
/// </summary>
public static class ItaClaims
{
    public const string Subject = "sub";
    public const string Role = "role";

    /// <summary>The organisation code (รหัสองค์กรปกครองส่วนท้องถิ่น) an officer or approver works for.</summary>
    public const string Organisation = "org";

    /// <summary>The province (bare name, as the registry stores it: "ตาก") a province overseer oversees.</summary>
    public const string Province = "province";
}
