namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/codebooks/{year}: the year's indicators and items, for picking what a measure addresses.</summary>
public sealed record CodeBookView(
    int FiscalYear,
    IReadOnlyList<CodeBookIndicator> Indicators,
    IReadOnlyList<CodeBookItem> Items
);
