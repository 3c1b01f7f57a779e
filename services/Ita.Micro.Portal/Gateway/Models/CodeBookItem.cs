namespace Ita.Micro.Portal.Gateway.Models;

public sealed record CodeBookItem(string Code, int Indicator, string Label, string? Concept);
