namespace Ita.Micro.Portal.Apis;

/// <summary>The gateway's POST /dev/token answer (Development only).</summary>
public sealed record DevelopmentToken(string Token, string Subject, string Role, DateTime ExpiresAtUtc);
