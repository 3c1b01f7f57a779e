using Ita.Micro.Contracts;

namespace Ita.Micro.Portal.Gateway.Models;

public sealed record ReportBody(string Period, IReadOnlyList<Signatory> Signatories);
