namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>Publishing an approved plan; announcedOn ("ประกาศ ณ วันที่", YYYY-MM-DD) defaults to today, not before the approval.</summary>
public sealed record PublishRequest(int? Version, DateOnly? AnnouncedOn);
