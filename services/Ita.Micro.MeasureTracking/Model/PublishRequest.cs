namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Publishing an approved plan; announcedOn ("ประกาศ ณ วันที่") defaults to today.</summary>
public sealed record PublishRequest(int? Version, DateOnly? AnnouncedOn);
