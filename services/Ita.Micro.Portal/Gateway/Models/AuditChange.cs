namespace Ita.Micro.Portal.Gateway.Models;

public sealed record AuditChange(string Field, string? OldValue, string? NewValue);
