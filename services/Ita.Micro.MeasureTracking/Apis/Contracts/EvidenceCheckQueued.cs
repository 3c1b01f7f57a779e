namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>How many of an organisation's links were queued for a check now.</summary>
public sealed record EvidenceCheckQueued(string OrganisationCode, int FiscalYear, int Queued);
