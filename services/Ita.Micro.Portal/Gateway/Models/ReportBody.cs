using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>POST …/reports: the period, the memo's signatories (preparer to addressee), the unit that prepared it and its number.</summary>
public sealed record ReportBody(
    string Period,
    IReadOnlyList<Signatory> Signatories,
    string? OriginatingUnit,
    string? DocumentNumber
);
