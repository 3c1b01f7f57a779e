using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>
/// POST /api/documents: render a document on request. A summary is made from what this service holds for the year
/// (one province, or the whole country when Province is empty); the other kinds are rendered again from the latest
/// data their events brought for the organisation and year.
/// </summary>
public sealed record DocumentRequest(
    DocumentKind Kind,
    int FiscalYear,
    string? OrganisationCode = null,
    string? Province = null
);
