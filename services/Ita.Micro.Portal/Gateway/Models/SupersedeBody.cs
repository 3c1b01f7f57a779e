using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>POST …/reports/{reportId}/supersede: why the report is corrected, and the corrected memo's signatories, unit and number.</summary>
public sealed record SupersedeBody(
    string Reason,
    IReadOnlyList<Signatory> Signatories,
    string? OriginatingUnit,
    string? DocumentNumber
);
