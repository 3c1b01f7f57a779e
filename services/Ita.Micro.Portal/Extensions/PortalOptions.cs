using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.Portal.Extensions;

/// <summary>Section "Portal": where the portal finds the gateway whose APIs it calls with the user's token.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The gateway as the portal reaches it (inside the deployment), e.g. http://gateway:8080/.</summary>
    [Required(ErrorMessage = "Portal:GatewayUrl is required (the gateway's address, e.g. http://127.0.0.1:5080/).")]
    public Uri? GatewayUrl { get; set; }

    /// <summary>How long one API call may take before the page shows that the service did not answer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Portal:ApiTimeout must be 1 s to 5 min.")]
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Where the key ring that protects the session cookie is kept, shared by every replica of the portal (a volume
    /// they all mount). Unset, each process keeps its own keys: one replica only, and a restart signs everyone out.
    /// </summary>
    public string? KeysDirectory { get; set; }
}
