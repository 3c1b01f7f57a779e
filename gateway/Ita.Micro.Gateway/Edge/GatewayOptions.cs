using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// Section "Gateway": how many requests one client (a token's subject, else an IP address) may make per window,
/// and the body size of routes that set none (routes that take files set their own MaxRequestBodySize).
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    [Range(1, 1_000_000, ErrorMessage = "Gateway:PermitLimit must be 1–1,000,000 requests per window.")]
    public int PermitLimit { get; set; } = 600;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Gateway:Window must be 1 s to 1 h.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Bodies of routes without their own limit: 1 MB (the largest JSON an officer sends is far smaller).</summary>
    [Range(1024, long.MaxValue, ErrorMessage = "Gateway:DefaultMaxBodyBytes must be at least 1024.")]
    public long DefaultMaxBodyBytes { get; set; } = 1024 * 1024;
}
