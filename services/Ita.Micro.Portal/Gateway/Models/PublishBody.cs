namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>POST …/publish with the announcement's signing date (ประกาศ ณ วันที่).</summary>
public sealed record PublishBody(int Version, DateOnly AnnouncedOn);
