namespace Ita.Micro.Portal.Gateway.Models;

public sealed record EvidenceCheckQueued(string OrganisationCode, int FiscalYear, int Queued);
