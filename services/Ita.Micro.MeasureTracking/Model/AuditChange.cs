namespace Ita.Micro.MeasureTracking.Model;

/// <summary>One field's old and new value (null: absent), as text.</summary>
public sealed record AuditChange(string Field, string? OldValue, string? NewValue);
