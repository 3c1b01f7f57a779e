namespace Ita.Micro.Portal.Gateway.Models;

public sealed record CodeBookIndicator(int Number, string Name, string Tool);
